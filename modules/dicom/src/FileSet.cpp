#include <strata/dicom/FileSet.h>

#include "GdcmSupport.h"
#include "StructureCheck.h"

#include <gdcmAttribute.h>
#include <gdcmExplicitDataElement.h>
#include <gdcmItem.h>
#include <gdcmMediaStorage.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmUIDGenerator.h>
#include <gdcmWriter.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <sstream>

// Why not gdcm::DICOMDIRGenerator: it refuses any file that is not Explicit VR Little Endian (the
// STD-GEN-CD profile) and any file without a Patient ID, so it cannot index a cache's originals,
// which keep their compressed or implicit encodings. The records are built here with GDCM's data
// model instead, and GDCM writes the file; only the record offsets are computed here.

namespace strata::dicom {
namespace {

using gdcm::Tag;
using gdcm::VR;

/// A key copied from an instance into a directory record. `always`: written (possibly empty)
/// even when the file lacks it (Type 1 and 2 keys); otherwise only when the file has a value.
struct Key {
    Tag tag;
    VR::VRType vr;
    bool always;
};

const Tag kCharset(0x0008, 0x0005);
const Tag kSopClass(0x0008, 0x0016);
const Tag kSopInstance(0x0008, 0x0018);
const Tag kPatientName(0x0010, 0x0010);
const Tag kPatientId(0x0010, 0x0020);
const Tag kStudyUid(0x0020, 0x000D);
const Tag kSeriesUid(0x0020, 0x000E);
const Tag kSeriesNumber(0x0020, 0x0011);
const Tag kInstanceNumber(0x0020, 0x0013);

// PS3.3 Annex F.5: the keys of each record type.
const std::vector<Key> kPatientKeys{{kCharset, VR::CS, false},     {kPatientName, VR::PN, true}, {kPatientId, VR::LO, true},
                                    {Tag(0x0010, 0x0030), VR::DA, false}, {Tag(0x0010, 0x0040), VR::CS, false}};
const std::vector<Key> kStudyKeys{{kCharset, VR::CS, false},
                                  {Tag(0x0008, 0x0020), VR::DA, true},
                                  {Tag(0x0008, 0x0030), VR::TM, true},
                                  {Tag(0x0008, 0x0050), VR::SH, true},
                                  {Tag(0x0008, 0x1030), VR::LO, true},
                                  {kStudyUid, VR::UI, true},
                                  {Tag(0x0020, 0x0010), VR::SH, true}};
const std::vector<Key> kSeriesKeys{{kCharset, VR::CS, false},
                                   {Tag(0x0008, 0x0060), VR::CS, true},
                                   {Tag(0x0008, 0x103E), VR::LO, false},
                                   {kSeriesUid, VR::UI, true},
                                   {kSeriesNumber, VR::IS, true}};

/// An instance-level record type and its keys (PS3.3 F.5; sequences and binary keys left out).
struct LeafType {
    const char *name;
    std::vector<Key> keys;
};

const std::vector<LeafType> &leafTypes()
{
    const Key charset{kCharset, VR::CS, false};
    const Key number{kInstanceNumber, VR::IS, true};
    const Key contentDate{Tag(0x0008, 0x0023), VR::DA, true};
    const Key contentTime{Tag(0x0008, 0x0033), VR::TM, true};
    const Key contentLabel{Tag(0x0070, 0x0080), VR::CS, true};
    const Key contentDescription{Tag(0x0070, 0x0081), VR::LO, true};
    const Key creator{Tag(0x0070, 0x0084), VR::PN, true};
    static const std::vector<LeafType> types{
        {"IMAGE", {charset, number}},
        {"SR DOCUMENT", {charset, number, contentDate, contentTime, {Tag(0x0040, 0xA491), VR::CS, true},
                         {Tag(0x0040, 0xA493), VR::CS, true}, {Tag(0x0040, 0xA030), VR::DT, false}}},
        {"KEY OBJECT DOC", {charset, number, contentDate, contentTime}},
        {"PRESENTATION", {charset, number, contentLabel, contentDescription, {Tag(0x0070, 0x0082), VR::DA, true},
                          {Tag(0x0070, 0x0083), VR::TM, true}, creator}},
        {"WAVEFORM", {charset, number, contentDate, contentTime}},
        {"ENCAP DOC", {charset, number, contentDate, contentTime, {Tag(0x0042, 0x0010), VR::ST, true},
                       {Tag(0x0042, 0x0012), VR::LO, true}}},
        {"RT DOSE", {charset, number, {Tag(0x3004, 0x000A), VR::CS, true}, {Tag(0x3004, 0x0006), VR::LO, false}}},
        {"RT STRUCTURE SET", {charset, number, {Tag(0x3006, 0x0002), VR::SH, true}, {Tag(0x3006, 0x0008), VR::DA, true},
                              {Tag(0x3006, 0x0009), VR::TM, true}}},
        {"RT PLAN", {charset, number, {Tag(0x300A, 0x0002), VR::SH, true}, {Tag(0x300A, 0x0006), VR::DA, true},
                     {Tag(0x300A, 0x0007), VR::TM, true}}},
        {"RT TREAT RECORD", {charset, number, {Tag(0x3008, 0x0250), VR::DA, true}, {Tag(0x3008, 0x0251), VR::TM, true}}},
        {"RAW DATA", {charset, number, contentDate, contentTime}},
        {"REGISTRATION", {charset, contentDate, contentTime, contentLabel, contentDescription, creator}},
        {"FIDUCIAL", {charset, contentDate, contentTime, contentLabel, contentDescription, creator}},
    };
    return types;
}

/// The record type for an instance's SOP class (PS3.3 F.4, the common storage classes; IMAGE
/// for images and for the rest).
const LeafType &leafType(const QString &sopClass)
{
    auto named = [](const char *name) -> const LeafType & {
        for (const LeafType &t : leafTypes())
            if (std::strcmp(t.name, name) == 0)
                return t;
        return leafTypes().front();
    };
    const QString storage = QStringLiteral("1.2.840.10008.5.1.4.1.1.");
    if (!sopClass.startsWith(storage))
        return named("IMAGE");
    const QString c = sopClass.mid(storage.size());
    if (c == QLatin1String("88.59"))
        return named("KEY OBJECT DOC");
    if (c.startsWith(QLatin1String("88.")))
        return named("SR DOCUMENT");
    if (c.startsWith(QLatin1String("11.")))
        return named("PRESENTATION");
    if (c.startsWith(QLatin1String("9.")))
        return named("WAVEFORM");
    if (c.startsWith(QLatin1String("104.")))
        return named("ENCAP DOC");
    if (c == QLatin1String("481.2"))
        return named("RT DOSE");
    if (c == QLatin1String("481.3"))
        return named("RT STRUCTURE SET");
    if (c == QLatin1String("481.5") || c == QLatin1String("481.8"))
        return named("RT PLAN");
    if (c == QLatin1String("481.4") || c == QLatin1String("481.6") || c == QLatin1String("481.7") || c == QLatin1String("481.9"))
        return named("RT TREAT RECORD");
    if (c == QLatin1String("66"))
        return named("RAW DATA");
    if (c == QLatin1String("66.1") || c == QLatin1String("66.3"))
        return named("REGISTRATION");
    if (c == QLatin1String("66.2"))
        return named("FIDUCIAL");
    return named("IMAGE");
}

/// What a file-set needs to know of one input file.
struct Instance {
    QString path;
    QString transferSyntax;
    std::map<Tag, QByteArray> values;  ///< raw values of the keys, in the file's character set
    QByteArray raw(const Tag &t) const
    {
        auto it = values.find(t);
        return it == values.end() ? QByteArray() : it->second;
    }
    QString ascii(const Tag &t) const { return QString::fromLatin1(raw(t)).remove(QChar(0)).trimmed(); }
    int number(const Tag &t) const { return ascii(t).toInt(); }
};

Result<Instance> readInstance(const QString &path)
{
    auto structure = detail::checkFileStructure(path, detail::StructureScope::Header);
    if (!structure.ok())
        return structure.error();
    const std::set<Tag> skip;
    auto guarded = detail::readGuarded<gdcm::Reader>(path, structure.value(),
                                                     [&](gdcm::Reader &r) { return r.ReadUpToTag(detail::pixelDataTag(structure.value()), skip); });
    if (guarded->error)
        return *guarded->error;
    if (guarded->outcome != detail::ReadOutcome::Ok) {
        if (guarded->outcome == detail::ReadOutcome::Aborted)
            detail::abandon(guarded.release());  // never destroyed: see readGuarded
        return Error(ErrorCode::Malformed, path, QCoreApplication::translate("strata::dicom", "cannot be parsed as a DICOM data set"));
    }
    const gdcm::Reader *reader = guarded->reader.get();
    const gdcm::DataSet &ds = reader->GetFile().GetDataSet();
    Instance in;
    in.path = path;
    in.transferSyntax = structure->transferSyntaxUid;
    auto take = [&](const std::vector<Key> &keys) {
        for (const Key &k : keys)
            if (QByteArray v = detail::rawValue(ds, k.tag); !v.isEmpty())
                in.values[k.tag] = v;
    };
    for (const auto *keys : {&kPatientKeys, &kStudyKeys, &kSeriesKeys})
        take(*keys);
    for (const Tag &t : {kSopClass, kSopInstance})
        if (QByteArray v = detail::rawValue(ds, t); !v.isEmpty())
            in.values[t] = v;
    if (in.ascii(kSopClass).isEmpty())
        in.values[kSopClass] = detail::rawValue(reader->GetFile().GetHeader(), Tag(0x0002, 0x0002));
    if (in.ascii(kSopInstance).isEmpty())
        in.values[kSopInstance] = detail::rawValue(reader->GetFile().GetHeader(), Tag(0x0002, 0x0003));
    take(leafType(in.ascii(kSopClass)).keys);
    for (const auto &[tag, what] : {std::pair{kSopInstance, "SOP Instance UID"}, std::pair{kStudyUid, "Study Instance UID"},
                                    std::pair{kSeriesUid, "Series Instance UID"}})
        if (in.ascii(tag).isEmpty())
            return Error(ErrorCode::MissingAttribute, path, QCoreApplication::translate("strata::dicom", "has no %1, so it cannot be indexed in a DICOMDIR").arg(QLatin1String(what)));
    if (in.transferSyntax.isEmpty())
        in.transferSyntax = QStringLiteral("1.2.840.10008.1.2");
    return in;
}

gdcm::DataElement element(const Tag &tag, VR::VRType vr, QByteArray value)
{
    if (value.size() % 2)
        value.append(vr == VR::UI ? '\0' : ' ');
    gdcm::DataElement de(tag);
    de.SetVR(vr);
    de.SetByteValue(value.constData(), gdcm::VL(quint32(value.size())));
    return de;
}

/// A directory record with zero offsets; its links are set once the offsets are known.
gdcm::Item record(const char *type, const Instance &source, const std::vector<Key> &keys)
{
    gdcm::Item item;
    item.SetVLToUndefined();
    gdcm::DataSet &ds = item.GetNestedDataSet();
    ds.Insert(gdcm::Attribute<0x0004, 0x1400>{0}.GetAsDataElement());
    ds.Insert(gdcm::Attribute<0x0004, 0x1410>{0xFFFF}.GetAsDataElement());
    ds.Insert(gdcm::Attribute<0x0004, 0x1420>{0}.GetAsDataElement());
    ds.Insert(element(Tag(0x0004, 0x1430), VR::CS, QByteArray(type)));
    // Type 1 keys of the records (PS3.3 F.5) that an instance may lack or have empty (a
    // de-identified study has no date, time or ID; an RT plan may have no Instance Number): a
    // placeholder, so that the DICOMDIR stays valid. The instance files keep what they have.
    static const std::map<Tag, QByteArray> placeholders{
        {Tag(0x0008, 0x0020), "19000101"}, {Tag(0x0008, 0x0030), "000000"}, {Tag(0x0020, 0x0010), "0"},
        {kPatientId, "UNKNOWN"},           {Tag(0x0008, 0x0060), "OT"},     {kSeriesNumber, "0"},
        {kInstanceNumber, "0"}};
    for (const Key &k : keys) {
        auto it = source.values.find(k.tag);
        QByteArray value = it != source.values.end() ? it->second : QByteArray();
        const auto placeholder = placeholders.find(k.tag);
        if (placeholder != placeholders.end() && k.always && value.trimmed().isEmpty())
            value = placeholder->second;
        if (it != source.values.end() || k.always)
            ds.Insert(element(k.tag, k.vr, value));
    }
    return item;
}

/// The records in the order they are written (depth first), with their links by index.
struct Directory {
    std::vector<gdcm::Item> items;
    std::vector<int> next;       ///< next record at the same level, -1 for none
    std::vector<int> firstChild; ///< first record of the level below, -1 for none
    std::vector<int> roots;      ///< the patient records

    int add(gdcm::Item item)
    {
        items.push_back(std::move(item));
        next.push_back(-1);
        firstChild.push_back(-1);
        return int(items.size()) - 1;
    }
    /// Links `child` below `parent` (-1: at the root), after `previous` (its elder sibling, or -1).
    void link(int parent, int previous, int child)
    {
        if (previous >= 0)
            next[std::size_t(previous)] = child;
        else if (parent >= 0)
            firstChild[std::size_t(parent)] = child;
        if (parent < 0)
            roots.push_back(child);
    }
};

/// The DICOMDIR's bytes. Record offsets (byte positions of the items from the start of the file)
/// are written as given; empty `offsets` writes zeros (the layout is the same: they are UL).
Result<std::string> serialize(const Directory &dir, const std::vector<quint32> &offsets, const std::string &fileSetUid,
                              const QString &path)
{
    auto offsetOf = [&](int index) -> quint32 { return index < 0 || offsets.empty() ? 0 : offsets[std::size_t(index)]; };
    gdcm::Writer writer;
    gdcm::File &file = writer.GetFile();
    gdcm::DataSet &ds = file.GetDataSet();
    ds.Insert(element(Tag(0x0004, 0x1130), VR::CS, QByteArray("STRATA")));
    ds.Insert(gdcm::Attribute<0x0004, 0x1200>{dir.roots.empty() ? 0 : offsetOf(dir.roots.front())}.GetAsDataElement());
    ds.Insert(gdcm::Attribute<0x0004, 0x1202>{dir.roots.empty() ? 0 : offsetOf(dir.roots.back())}.GetAsDataElement());
    ds.Insert(gdcm::Attribute<0x0004, 0x1212>{0}.GetAsDataElement());
    gdcm::SmartPointer<gdcm::SequenceOfItems> records = new gdcm::SequenceOfItems;
    records->SetLengthToUndefined();
    for (std::size_t i = 0; i < dir.items.size(); ++i) {
        gdcm::Item item = dir.items[i];
        gdcm::DataSet &rds = item.GetNestedDataSet();
        rds.Replace(gdcm::Attribute<0x0004, 0x1400>{offsetOf(dir.next[i])}.GetAsDataElement());
        rds.Replace(gdcm::Attribute<0x0004, 0x1420>{offsetOf(dir.firstChild[i])}.GetAsDataElement());
        records->AddItem(item);
    }
    gdcm::DataElement sequence(Tag(0x0004, 0x1220));
    sequence.SetVR(VR::SQ);
    sequence.SetValue(*records);
    sequence.SetVLToUndefined();
    ds.Insert(sequence);

    gdcm::FileMetaInformation &meta = file.GetHeader();
    meta.Insert(element(Tag(0x0002, 0x0002), VR::UI,
                        QByteArray(gdcm::MediaStorage::GetMSString(gdcm::MediaStorage::MediaStorageDirectoryStorage))));
    meta.Insert(element(Tag(0x0002, 0x0003), VR::UI, QByteArray::fromStdString(fileSetUid)));
    meta.SetDataSetTransferSyntax(gdcm::TransferSyntax::ExplicitVRLittleEndian);

    std::ostringstream out;
    writer.SetStream(out);
    bool written = false;
    if (!detail::runGuarded([&] { written = writer.Write(); }) || !written)
        return Error(ErrorCode::Internal, path, QCoreApplication::translate("strata::dicom", "GDCM could not encode the DICOMDIR"));
    return out.str();
}

/// Writes the DICOMDIR: serialised once to find where the records land, then with the offsets.
Status writeDicomdir(const Directory &dir, const QString &path)
{
    gdcm::UIDGenerator uids;
    const std::string fileSetUid = uids.Generate();
    auto draft = serialize(dir, {}, fileSetUid, path);
    if (!draft.ok())
        return draft.error();
    // The records start right after the header of (0004,1220): tag, "SQ", 2 reserved, 4 length.
    const std::string sequenceTag("\x04\x00\x20\x12SQ", 6);
    const std::size_t at = draft->find(sequenceTag, 132);
    if (at == std::string::npos)
        return Error(ErrorCode::Internal, path, QCoreApplication::translate("strata::dicom", "the encoded DICOMDIR has no directory record sequence"));
    std::vector<quint32> offsets;
    quint64 position = at + 12;
    for (const gdcm::Item &item : dir.items) {
        offsets.push_back(quint32(position));
        position += item.GetLength<gdcm::ExplicitDataElement>();
    }
    if (position > 0xFFFFFFFFull)
        return Error(ErrorCode::TooLarge, path, QCoreApplication::translate("strata::dicom", "the DICOMDIR would exceed 4 GiB"));
    auto final = serialize(dir, offsets, fileSetUid, path);
    if (!final.ok())
        return final.error();
    // Every offset must point at an item, and the sequence must end where the last record ends.
    const std::string &bytes = final.value();
    const std::string itemTag("\xFE\xFF\x00\xE0", 4);
    const std::string endTag("\xFE\xFF\xDD\xE0", 4);
    bool consistent = bytes.size() == draft->size() && bytes.compare(position, 4, endTag) == 0;
    for (quint32 offset : offsets)
        consistent = consistent && bytes.compare(offset, 4, itemTag) == 0;
    if (!consistent)
        return Error(ErrorCode::Internal, path, QCoreApplication::translate("strata::dicom", "the directory record offsets do not match the encoded DICOMDIR"));

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !out.commit())
        return Error(ErrorCode::IoError, path, QCoreApplication::translate("strata::dicom", "cannot be written: %1").arg(out.errorString()));
    return {};
}

QString component(char prefix, int index)
{
    return QLatin1Char(prefix) + QStringLiteral("%1").arg(index, 7, 10, QLatin1Char('0'));
}

/// Groups of indices into the instances, in first-seen order of their key.
template <typename KeyOf>
std::vector<std::vector<int>> groupBy(const std::vector<int> &members, KeyOf keyOf)
{
    std::vector<std::vector<int>> groups;
    QHash<QString, std::size_t> index;
    for (int m : members) {
        const QString key = keyOf(m);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, groups.size());
            groups.emplace_back();
        }
        groups[*it].push_back(m);
    }
    return groups;
}

} // namespace

Result<FileSetSummary> writeFileSet(const QStringList &filesIn, const QString &folder, const CancellationToken &cancel,
                                    const std::function<void(const Progress &)> &progress)
{
    detail::installGdcmLogBridge();
    QStringList files;
    for (const QString &f : filesIn)
        files << QFileInfo(f).absoluteFilePath();
    files.removeDuplicates();

    if (files.size() > 9999999)  // names have 7 digits per level
        return Error(ErrorCode::TooLarge, folder, QCoreApplication::translate("strata::dicom", "a file-set holds at most 9,999,999 files here"));
    const QDir root(folder);
    const QString dicomdirPath = root.absoluteFilePath(QStringLiteral("DICOMDIR"));
    const QString dataPath = root.absoluteFilePath(QStringLiteral("DICOM"));
    if (QFileInfo::exists(dicomdirPath) || QFileInfo::exists(dataPath))
        return Error(ErrorCode::InvalidArgument, root.absolutePath(), QCoreApplication::translate("strata::dicom", "already holds a DICOMDIR or a DICOM folder"));
    const qint64 total = qint64(files.size()) * 2 + 1;
    auto report = [&](qint64 done, const char *stage) {
        if (progress)
            progress(Progress{done, total, QCoreApplication::translate("strata::dicom", stage)});
    };
    const Error cancelled(ErrorCode::Cancelled, root.absolutePath(), QCoreApplication::translate("strata::dicom", "writing the file-set was cancelled"));

    std::vector<Instance> instances;
    instances.reserve(std::size_t(files.size()));
    for (const QString &f : files) {
        if (cancel.isCancelled())
            return cancelled;
        auto in = readInstance(f);
        if (!in.ok())
            return in.error();
        instances.push_back(std::move(in).value());
        report(qint64(instances.size()), QT_TRANSLATE_NOOP("strata::dicom", "reading headers"));
    }

    // Patients by ID (by name where there is none), studies and series by UID, in the order first
    // met; series by Series Number and instances by Instance Number within their parent.
    std::vector<int> all(instances.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = int(i);
    auto at = [&](int i) -> const Instance & { return instances[std::size_t(i)]; };

    FileSetSummary summary;
    summary.dicomdir = dicomdirPath;
    QStringList copies(files.size());
    Directory dir;
    auto cleanup = [&] {
        QDir(dataPath).removeRecursively();
        QFile::remove(dicomdirPath);
    };
    if (!root.exists() && !QDir().mkpath(root.absolutePath()))
        return Error(ErrorCode::IoError, root.absolutePath(), QCoreApplication::translate("strata::dicom", "the folder cannot be created"));

    qint64 done = qint64(files.size());
    int previousPatient = -1;
    const auto patients = groupBy(all, [&](int i) {
        const QString id = at(i).ascii(kPatientId);
        return id.isEmpty() ? QStringLiteral("name:") + at(i).ascii(kPatientName) : QStringLiteral("id:") + id;
    });
    for (std::size_t p = 0; p < patients.size(); ++p) {
        const int patient = dir.add(record("PATIENT", at(patients[p].front()), kPatientKeys));
        dir.link(-1, previousPatient, patient);
        previousPatient = patient;
        ++summary.patients;
        const auto studies = groupBy(patients[p], [&](int i) { return at(i).ascii(kStudyUid); });
        int previousStudy = -1;
        for (std::size_t s = 0; s < studies.size(); ++s) {
            const int study = dir.add(record("STUDY", at(studies[s].front()), kStudyKeys));
            dir.link(patient, previousStudy, study);
            previousStudy = study;
            ++summary.studies;
            auto seriesGroups = groupBy(studies[s], [&](int i) { return at(i).ascii(kSeriesUid); });
            std::stable_sort(seriesGroups.begin(), seriesGroups.end(), [&](const std::vector<int> &a, const std::vector<int> &b) {
                return at(a.front()).number(kSeriesNumber) < at(b.front()).number(kSeriesNumber);
            });
            int previousSeries = -1;
            for (std::size_t e = 0; e < seriesGroups.size(); ++e) {
                const int series = dir.add(record("SERIES", at(seriesGroups[e].front()), kSeriesKeys));
                dir.link(study, previousSeries, series);
                previousSeries = series;
                ++summary.series;
                std::vector<int> members = seriesGroups[e];
                std::stable_sort(members.begin(), members.end(),
                                 [&](int a, int b) { return at(a).number(kInstanceNumber) < at(b).number(kInstanceNumber); });
                const QStringList folderId{QStringLiteral("DICOM"), component('P', int(p)), component('S', int(s)), component('E', int(e))};
                if (!root.mkpath(folderId.join(QLatin1Char('/')))) {
                    cleanup();
                    return Error(ErrorCode::IoError, root.absoluteFilePath(folderId.join(QLatin1Char('/'))), QCoreApplication::translate("strata::dicom", "the folder cannot be created"));
                }
                int previousInstance = -1;
                for (std::size_t n = 0; n < members.size(); ++n) {
                    if (cancel.isCancelled()) {
                        cleanup();
                        return cancelled;
                    }
                    const Instance &in = at(members[n]);
                    const QStringList fileId = folderId + QStringList{component('I', int(n))};
                    const QString target = root.absoluteFilePath(fileId.join(QLatin1Char('/')));
                    QFile source(in.path);
                    if (!source.copy(target)) {
                        const QString why = source.errorString();
                        cleanup();
                        return Error(ErrorCode::IoError, in.path, QCoreApplication::translate("strata::dicom", "cannot be copied to %1: %2").arg(target, why));
                    }
                    copies[members[n]] = target;
                    summary.bytes += QFileInfo(target).size();

                    const LeafType &type = leafType(in.ascii(kSopClass));
                    gdcm::Item item = record(type.name, in, type.keys);
                    gdcm::DataSet &ds = item.GetNestedDataSet();
                    ds.Insert(element(Tag(0x0004, 0x1500), VR::CS, fileId.join(QLatin1Char('\\')).toLatin1()));
                    ds.Insert(element(Tag(0x0004, 0x1510), VR::UI, in.ascii(kSopClass).toLatin1()));
                    ds.Insert(element(Tag(0x0004, 0x1511), VR::UI, in.ascii(kSopInstance).toLatin1()));
                    ds.Insert(element(Tag(0x0004, 0x1512), VR::UI, in.transferSyntax.toLatin1()));
                    const int leaf = dir.add(std::move(item));
                    dir.link(series, previousInstance, leaf);
                    previousInstance = leaf;
                    report(++done, QT_TRANSLATE_NOOP("strata::dicom", "copying"));
                }
            }
        }
    }

    if (cancel.isCancelled()) {
        cleanup();
        return cancelled;
    }
    if (Status written = writeDicomdir(dir, dicomdirPath); !written.ok()) {
        cleanup();
        return written.error();
    }
    report(total, QT_TRANSLATE_NOOP("strata::dicom", "writing DICOMDIR"));
    summary.copies = copies;
    return summary;
}

} // namespace strata::dicom
