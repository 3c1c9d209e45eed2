// Key Object Selection documents through dcmsr: read (title, description, the images and frames
// selected) and written (Strata's key images as "Of Interest").
#include <strata/measure/KeyObjects.h>

#include "DcmtkLog.h"
#include "OwnObjects.h"
#include "PatientStudy.h"

#include <strata/core/Translate.h>
#include <strata/dicom/DicomHeader.h>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmsr/dsrdoc.h>
#include <dcmtk/dcmsr/dsrimgvl.h>

#include <strata/store/KeyImageRepository.h>
#include <strata/store/LocalCache.h>
#include <strata/store/StoreService.h>

#include <QCoreApplication>
#include <QHash>
#include <QTemporaryDir>
#include <QFileInfo>

#include <algorithm>
#include <map>
#include <memory>

namespace strata::measure {

namespace {

OFString ofs(const QString &s) { return OFString(s.toUtf8().constData()); }
QString qs(const OFString &s) { return QString::fromUtf8(s.c_str()).trimmed(); }
QString tr(const char *text) { return translated({"strata::measure", "strata::measure::KeyObjectDocument"}, text); }

const DSRCodedEntryValue kDescription("113012", "DCM", "Key Object Description");

} // namespace

bool KeyObjectDocument::isRejection() const
{
    return dicom::isRejectionTitle(titleCode, titleScheme);
}

QString KeyObjectDocument::note() const
{
    const QString title = titleMeaning.isEmpty() ? tr("Key image") : titleMeaning;
    return description.isEmpty() ? title : title + QStringLiteral(": ") + description;
}

Result<KeyObjectDocument> readKeyObjectSelection(const QString &path)
{
    detail::quietDcmtkWarnings();
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::NotFound, path, tr("no such file"));
    DcmFileFormat file;
    if (OFCondition c = file.loadFile(ofs(path)); c.bad())
        return detail::dcmtkError(ErrorCode::Malformed, path, tr("not readable as DICOM"), c);
    DcmDataset &data = *file.getDataset();
    OFString sopClass;
    data.findAndGetOFString(DCM_SOPClassUID, sopClass);
    if (qs(sopClass) != QLatin1String(kKeyObjectSelectionClass))
        return Error(ErrorCode::Unsupported, path, tr("not a key object selection (%1)").arg(dicom::sopClassName(qs(sopClass))));
    DSRDocument doc;
    if (OFCondition c = doc.read(data); c.bad())
        return detail::dcmtkError(ErrorCode::Malformed, path, tr("not a readable key object selection"), c);
    KeyObjectDocument out;
    OFString value;
    doc.getSOPInstanceUID(value);
    out.sopInstanceUid = qs(value);
    doc.getStudyInstanceUID(value);
    out.studyInstanceUid = qs(value);
    DSRDocumentTree &tree = doc.getTree();
    if (tree.gotoRoot() == 0)
        return Error(ErrorCode::Malformed, path, tr("the key object selection has no content"));
    const DSRCodedEntryValue &title = tree.getCurrentContentItem().getConceptName();
    out.titleCode = qs(title.getCodeValue());
    out.titleScheme = qs(title.getCodingSchemeDesignator());
    out.titleMeaning = qs(title.getCodeMeaning());
    // Which text is which: the text values are in the document's character set, read as UTF-8
    // when it is UTF-8 or ASCII (dcmsr keeps the bytes as stored).
    const bool utf8 = doc.getSpecificCharacterSetType() == DSRTypes::CS_UTF8 || doc.getSpecificCharacterSetType() == DSRTypes::CS_ASCII
                      || doc.getSpecificCharacterSetType() == DSRTypes::CS_default;
    auto text = [utf8](const OFString &s) { return utf8 ? qs(s) : QString::fromLatin1(s.c_str()).trimmed(); };
    std::map<QString, std::size_t> byInstance;
    do {
        DSRContentItem &item = tree.getCurrentContentItem();
        switch (item.getValueType()) {
        case DSRTypes::VT_Text:
            if (item.getConceptName() == kDescription && out.description.isEmpty())
                out.description = text(item.getStringValue());
            break;
        case DSRTypes::VT_PName:
            if (out.observer.isEmpty() && item.getConceptName().getCodeValue() == "121008")
                out.observer = dicom::PersonName::fromDecoded(text(item.getStringValue())).display();
            break;
        case DSRTypes::VT_Image: {
            const DSRImageReferenceValue &ref = item.getImageReference();
            const QString uid = qs(ref.getSOPInstanceUID());
            if (uid.isEmpty())
                break;
            auto [at, added] = byInstance.emplace(uid, out.images.size());
            if (added)
                out.images.push_back({qs(ref.getSOPClassUID()), uid, {}});
            KeyObjectImage &image = out.images[at->second];
            const DSRImageFrameList &frames = ref.getFrameList();
            for (size_t i = 1; i <= frames.getNumberOfItems(); ++i)
                if (const Sint32 f = frames.getItem(i); f > 0)
                    image.frames.push_back(int(f));
            break;
        }
        default:
            break;
        }
    } while (tree.iterate());
    return out;
}

Result<QString> writeKeyObjectSelection(const std::vector<KeyImageFile> &images, const QString &description,
                                        const QString &author, const QString &path, const KeyObjectTitle &title)
{
    detail::quietDcmtkWarnings();
    if (images.empty())
        return Error(ErrorCode::InvalidArgument, path, tr("a key object selection needs at least one image"));
    // Each instance once, with its frames (1-based) when it has several.
    struct Selected {
        std::unique_ptr<DcmFileFormat> file;
        OFString sopClass, sopInstance;
        long frames = 1;
        std::vector<Sint32> chosen;
    };
    std::vector<Selected> selected;
    std::map<QString, std::size_t> byFile;
    OFString studyUid;
    for (const KeyImageFile &k : images) {
        auto [at, added] = byFile.emplace(k.file, selected.size());
        if (added) {
            Selected s;
            s.file = std::make_unique<DcmFileFormat>();
            if (OFCondition c = s.file->loadFile(ofs(k.file)); c.bad())
                return detail::dcmtkError(ErrorCode::IoError, k.file, tr("reading a key image"), c);
            DcmDataset &d = *s.file->getDataset();
            d.findAndGetOFString(DCM_SOPClassUID, s.sopClass);
            d.findAndGetOFString(DCM_SOPInstanceUID, s.sopInstance);
            d.findAndGetLongInt(DCM_NumberOfFrames, s.frames);
            OFString study;
            d.findAndGetOFString(DCM_StudyInstanceUID, study);
            if (s.sopClass.empty() || s.sopInstance.empty() || study.empty())
                return Error(ErrorCode::MissingAttribute, k.file, tr("the key image has no SOP class, instance or study UID"));
            if (studyUid.empty())
                studyUid = study;
            else if (study != studyUid)
                return Error(ErrorCode::InvalidArgument, k.file, tr("the key images belong to more than one study"));
            selected.push_back(std::move(s));
        }
        Selected &s = selected[at->second];
        if (s.frames > 1 && k.frame >= 0 && k.frame < s.frames
            && std::find(s.chosen.begin(), s.chosen.end(), Sint32(k.frame + 1)) == s.chosen.end())
            s.chosen.push_back(Sint32(k.frame + 1));
    }

    DSRDocument doc(DSRTypes::DT_KeyObjectSelectionDocument);
    doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8);
    DSRDocumentTree &tree = doc.getTree();
    OFCondition c = tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container,
                                        DSRCodedEntryValue(ofs(title.code), ofs(title.scheme), ofs(title.meaning)));
    if (c.good())   // dcmsr leaves the root's Content Template Sequence of a KOS to the writer
        c = tree.getCurrentContentItem().setTemplateIdentification("2010", "DCMR");
    if (c.good() && !author.isEmpty()) {
        // TID 1002: the person who chose them.
        c = tree.addChildContentItem(DSRTypes::RT_hasObsContext, DSRTypes::VT_Code, DSRCodedEntryValue("121005", "DCM", "Observer Type"));
        if (c.good())
            c = tree.getCurrentContentItem().setCodeValue(DSRCodedEntryValue("121006", "DCM", "Person"));
        if (c.good())
            c = tree.addContentItem(DSRTypes::RT_hasObsContext, DSRTypes::VT_PName, DSRCodedEntryValue("121008", "DCM", "Person Observer Name"));
        if (c.good())
            c = tree.getCurrentContentItem().setStringValue(ofs(author), OFFalse);
        tree.goUp();
    }
    if (c.good() && !description.isEmpty()) {
        c = tree.getCurrentContentItem().getValueType() == DSRTypes::VT_Container
                ? tree.addChildContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text, kDescription)
                : tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Text, kDescription);
        if (c.good())
            c = tree.getCurrentContentItem().setStringValue(ofs(description), OFFalse);
    }
    if (c.bad())
        return detail::dcmtkError(ErrorCode::Internal, path, tr("building the key object selection"), c);
    for (Selected &s : selected) {
        const bool first = tree.getCurrentContentItem().getValueType() == DSRTypes::VT_Container;
        if (tree.addContentItem(DSRTypes::RT_contains, DSRTypes::VT_Image, first ? DSRTypes::AM_belowCurrent : DSRTypes::AM_afterCurrent) == 0)
            return Error(ErrorCode::Internal, path, tr("building the key object selection: an image item could not be added"));
        DSRImageReferenceValue ref(s.sopClass, s.sopInstance);
        for (Sint32 f : s.chosen)
            ref.getFrameList().addItem(f);
        if ((c = tree.getCurrentContentItem().setImageReference(ref, OFFalse)).bad())
            return detail::dcmtkError(ErrorCode::Internal, path, tr("building the key object selection"), c);
        if ((c = doc.getCurrentRequestedProcedureEvidence().addItem(*s.file->getDataset())).bad())
            return detail::dcmtkError(ErrorCode::Internal, path, tr("listing the key images' evidence"), c);
    }
    doc.setManufacturer("Strata");
    doc.setSeriesDescription("Key images");
    doc.createNewSeriesInStudy(studyUid);

    DcmFileFormat out;
    if ((c = doc.write(*out.getDataset())).bad())
        return detail::dcmtkError(ErrorCode::Internal, path, tr("writing the key object selection"), c);
    if (Status copied = detail::copyPatientAndStudy(*selected.front().file->getDataset(), *out.getDataset(), path); !copied.ok())
        return copied.error();
    if ((c = out.saveFile(ofs(path), EXS_LittleEndianExplicit)).bad())
        return detail::dcmtkError(ErrorCode::IoError, path, tr("writing the key object selection"), c);
    OFString uid;
    out.getDataset()->findAndGetOFString(DCM_SOPInstanceUID, uid);
    return qs(uid);
}

Result<std::vector<KeyImageFile>> keyImageFiles(store::LocalCache &cache, const QString &studyUid)
{
    auto repo = cache.service()->keyImages();
    if (!repo.ok())
        return repo.error();
    auto keys = repo.value()->keyImages(studyUid);
    if (!keys.ok())
        return keys.error();
    auto instances = cache.studyInstances(studyUid);
    if (!instances.ok())
        return instances.error();
    QHash<QString, QString> files;
    for (const store::InstanceRecord &i : instances.value())
        files.insert(i.sopInstanceUid, i.filePath);
    std::vector<KeyImageFile> selected;
    for (const store::KeyImage &k : keys.value())
        if (const QString file = files.value(k.sopInstanceUid); !file.isEmpty())
            selected.push_back({file, k.frame});
    return selected;
}

Result<StoredKeyObjects> storeKeyObjectSelection(store::LocalCache &cache, const QString &studyUid, const QString &description,
                                                 const QString &author)
{
    auto files = keyImageFiles(cache, studyUid);
    if (!files.ok())
        return files.error();
    const std::vector<KeyImageFile> &selected = files.value();
    if (selected.empty())
        return Error(ErrorCode::NotFound, studyUid, tr("the study has no key images"));
    // Written beside the store (same file system) and moved into it by the import.
    QTemporaryDir staging(cache.dataDir() + QStringLiteral("/kos-XXXXXX"));
    if (!staging.isValid())
        return Error(ErrorCode::IoError, cache.dataDir(), tr("no folder for the key object selection: %1").arg(staging.errorString()));
    const QString path = staging.filePath(QStringLiteral("kos.dcm"));
    auto written = writeKeyObjectSelection(selected, description, author, path);
    if (!written.ok())
        return written.error();
    if (Status s = detail::importOwnObjects(cache, {path}, {written.value()}, studyUid, tr("the key object selection was not stored")); !s.ok())
        return s.error();
    return StoredKeyObjects{written.value(), int(selected.size())};
}

} // namespace strata::measure
