// PS3.15 Annex E de-identification on GDCM's data set, with a report of every change.
#include <strata/dicom/Deidentify.h>

#include "GdcmSupport.h"

#include "PixelChecks.h"
#include "StructureCheck.h"

#include <strata/dicom/TransferSyntax.h>
#include <strata/dicom/Transcode.h>

#include <gdcmAnonymizer.h>
#include <gdcmDicts.h>
#include <gdcmGlobal.h>
#include <gdcmItem.h>
#include <gdcmReader.h>
#include <gdcmSequenceOfItems.h>
#include <gdcmTransferSyntax.h>
#include <gdcmWriter.h>

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTextStream>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QCoreApplication>

#include <algorithm>

#include <set>

namespace strata::dicom {
namespace {

using gdcm::Tag;

/// PS3.15's Basic Profile as GDCM tabulates it, and what later editions added to the table.
const std::set<Tag> &profileTags()
{
    static const std::set<Tag> tags = [] {
        std::set<Tag> t;
        for (const Tag &tag : gdcm::Anonymizer::GetBasicApplicationLevelConfidentialityProfileAttributes())
            t.insert(tag);
        const Tag later[] = {
            {0x0008, 0x0082}, {0x0008, 0x0096}, {0x0008, 0x009C}, {0x0008, 0x009D}, {0x0008, 0x1049}, {0x0008, 0x1052},
            {0x0008, 0x1062}, {0x0008, 0x1072}, {0x0008, 0x1084}, {0x0008, 0x1111}, {0x0008, 0x1120}, {0x0008, 0x0201},
            {0x0010, 0x0021}, {0x0010, 0x0050}, {0x0010, 0x0101}, {0x0010, 0x0102}, {0x0010, 0x1002}, {0x0010, 0x1005},
            {0x0010, 0x1040}, {0x0010, 0x1060}, {0x0010, 0x1080}, {0x0010, 0x1081}, {0x0010, 0x2000}, {0x0010, 0x2110},
            {0x0010, 0x2150}, {0x0010, 0x2152}, {0x0010, 0x2154}, {0x0010, 0x2155}, {0x0010, 0x21A0}, {0x0010, 0x21C0},
            {0x0010, 0x21D0}, {0x0010, 0x21F0}, {0x0010, 0x2203}, {0x0010, 0x2297}, {0x0010, 0x2299}, {0x0018, 0x1004},
            {0x0018, 0x1005}, {0x0018, 0x1007}, {0x0018, 0x4000}, {0x0018, 0x9424}, {0x0032, 0x1032}, {0x0032, 0x1033},
            {0x0032, 0x1060}, {0x0032, 0x4000}, {0x0038, 0x0010}, {0x0038, 0x0011}, {0x0038, 0x0300}, {0x0038, 0x0400},
            {0x0038, 0x0500}, {0x0038, 0x4000}, {0x0040, 0x0241}, {0x0040, 0x0242}, {0x0040, 0x0243}, {0x0040, 0x0253},
            {0x0040, 0x0254}, {0x0040, 0x0280}, {0x0040, 0x1001}, {0x0040, 0x1400}, {0x0040, 0x2016}, {0x0040, 0x2017},
            {0x0040, 0x2400}, {0x0040, 0x3001}, {0x0040, 0xA073}, {0x0040, 0xA075}, {0x0040, 0xA088}, {0x0040, 0xA123},
            {0x0070, 0x0084}, {0x0400, 0x0561}, {0x4008, 0x0114}, {0x4008, 0x0119}, {0x4008, 0x011A},
        };
        t.insert(std::begin(later), std::end(later));
        return t;
    }();
    return tags;
}

/// Retain Patient Characteristics keeps these.
const std::set<Tag> kCharacteristics = {{0x0010, 0x0040}, {0x0010, 0x1010}, {0x0010, 0x1020}, {0x0010, 0x1030},
                                        {0x0010, 0x2160}, {0x0010, 0x21A0}, {0x0010, 0x21C0}, {0x0010, 0x2203},
                                        {0x0038, 0x0500}};
/// Clean Descriptors keeps these, cleaned.
const std::set<Tag> kDescriptors = {{0x0008, 0x1030}, {0x0008, 0x103E}, {0x0008, 0x1080}, {0x0008, 0x2111},
                                    {0x0010, 0x21B0}, {0x0010, 0x4000}, {0x0018, 0x1030}, {0x0018, 0x4000},
                                    {0x0020, 0x4000}, {0x0032, 0x1060}, {0x0040, 0x0254}};
/// Type 2 attributes of the common IODs: emptied, not removed, so the files stay valid.
const std::set<Tag> kKeepEmpty = {{0x0008, 0x0020}, {0x0008, 0x0030}, {0x0008, 0x0050}, {0x0008, 0x0090},
                                  {0x0008, 0x0023}, {0x0008, 0x0033}, {0x0010, 0x0030}, {0x0010, 0x0040},
                                  {0x0020, 0x0010}, {0x0008, 0x1070}, {0x3006, 0x0008}, {0x3006, 0x0009},
                                  {0x300A, 0x0006}, {0x300A, 0x0007}};
const Tag kPatientName{0x0010, 0x0010};
const Tag kPatientId{0x0010, 0x0020};
const Tag kBirthDate{0x0010, 0x0030};
const Tag kBirthTime{0x0010, 0x0032};
const Tag kBurnedIn{0x0028, 0x0301};
const Tag kSopInstanceUid{0x0008, 0x0018};
const Tag kStudyInstanceUid{0x0020, 0x000D};

/// UIDs that name a kind of thing, not an instance of it: SOP classes, transfer syntaxes, coding
/// schemes and the like are never remapped, wherever they appear (a private SOP class too;
/// remapping it would make the file unreadable to whoever knows that class).
const std::set<Tag> kClassUids = {
    {0x0002, 0x0002},  // Media Storage SOP Class UID
    {0x0002, 0x0010},  // Transfer Syntax UID
    {0x0002, 0x0012},  // Implementation Class UID
    {0x0004, 0x1510},  // Referenced SOP Class UID in File
    {0x0004, 0x1512},  // Referenced Transfer Syntax UID in File
    {0x0004, 0x151A},  // Referenced Related General SOP Class UID in File
    {0x0008, 0x0016},  // SOP Class UID
    {0x0008, 0x001A},  // Related General SOP Class UID
    {0x0008, 0x001B},  // Original Specialized SOP Class UID
    {0x0008, 0x0062},  // SOP Classes in Study
    {0x0008, 0x010C},  // Coding Scheme UID
    {0x0008, 0x0117},  // Context UID
    {0x0008, 0x1150},  // Referenced SOP Class UID
    {0x0400, 0x0010},  // MAC Calculation Transfer Syntax UID
};

/// One private attribute that PS3.15 E.3.10's Retain Safe Private Option may keep: its creator,
/// group and element within the creator's block, and what it holds. Strata's own short list of
/// acquisition and scaling values (numbers only, nothing about the patient or the site) of the
/// vendors whose files are common; every other private attribute is removed.
struct SafePrivate {
    const char *creator;
    std::uint16_t group;
    std::uint8_t element;
    const char *what;
};
constexpr SafePrivate kSafePrivate[] = {
    {"GEMS_ACQU_01", 0x0019, 0x02, "number of cells in detector"},
    {"GEMS_ACQU_01", 0x0019, 0x23, "table speed"},
    {"GEMS_ACQU_01", 0x0019, 0x24, "mid scan time"},
    {"GEMS_ACQU_01", 0x0019, 0x26, "degrees of azimuth"},
    {"GEMS_ACQU_01", 0x0019, 0x27, "gantry period"},
    {"GEMS_ACQU_01", 0x0019, 0x39, "scan FOV type"},
    {"GEMS_ACQU_01", 0x0019, 0xBB, "diffusion gradient x"},
    {"GEMS_ACQU_01", 0x0019, 0xBC, "diffusion gradient y"},
    {"GEMS_ACQU_01", 0x0019, 0xBD, "diffusion gradient z"},
    {"GEMS_IMAG_01", 0x0027, 0x50, "table start location"},
    {"GEMS_IMAG_01", 0x0027, 0x51, "table end location"},
    {"GEMS_PARM_01", 0x0043, 0x39, "b-value and scaling (slop_int_6..9)"},
    {"GEMS_SERS_01", 0x0025, 0x07, "images in series"},
    {"SIEMENS MR HEADER", 0x0019, 0x0B, "slice measurement duration"},
    {"SIEMENS MR HEADER", 0x0019, 0x0C, "b-value"},
    {"SIEMENS MR HEADER", 0x0019, 0x0D, "diffusion directionality"},
    {"SIEMENS MR HEADER", 0x0019, 0x0E, "diffusion gradient direction"},
    {"SIEMENS MR HEADER", 0x0019, 0x27, "b-matrix"},
    {"SIEMENS MR HEADER", 0x0019, 0x28, "bandwidth per pixel, phase encoding"},
    {"SIEMENS MR HEADER", 0x0019, 0x29, "slice acquisition times"},
    {"Philips Imaging DD 001", 0x2001, 0x03, "diffusion b-factor"},
    {"Philips Imaging DD 001", 0x2001, 0x04, "diffusion direction"},
    {"Philips MR Imaging DD 001", 0x2005, 0x0D, "scale intercept"},
    {"Philips MR Imaging DD 001", 0x2005, 0x0E, "scale slope"},
};

bool isSafePrivate(const QByteArray &creator, std::uint16_t group, std::uint8_t element)
{
    for (const SafePrivate &s : kSafePrivate)
        if (s.group == group && s.element == element && creator == s.creator)
            return true;
    return false;
}

const gdcm::Dicts &dicts() { return gdcm::Global::GetInstance().GetDicts(); }

gdcm::VR vrOf(const gdcm::DataElement &de)
{
    gdcm::VR vr = de.GetVR();
    if (vr == gdcm::VR::INVALID || vr == gdcm::VR::UN || vr == gdcm::VR::VR_END) {
        const gdcm::VR dict = dicts().GetDictEntry(de.GetTag()).GetVR();
        if (dict != gdcm::VR::INVALID)
            vr = dict;
    }
    return vr;
}

QByteArray valueOf(const gdcm::DataElement &de)
{
    const gdcm::ByteValue *bv = de.GetByteValue();
    return bv ? QByteArray(bv->GetPointer(), int(bv->GetLength())) : QByteArray();
}


QString tagText(const Tag &t)
{
    return QStringLiteral("(%1,%2)").arg(t.GetGroup(), 4, 16, QLatin1Char('0')).arg(t.GetElement(), 4, 16, QLatin1Char('0')).toUpper();
}

QString tagName(const Tag &t)
{
    if (t.IsPrivate())
        return QStringLiteral("private element");
    const char *name = dicts().GetDictEntry(t).GetName();
    return name && *name ? QString::fromLatin1(name) : QStringLiteral("unknown");
}

gdcm::DataElement element(const Tag &tag, gdcm::VR vr, QByteArray value) { return detail::valueElement(tag, vr, std::move(value)); }

/// The work on one file's data set.
struct Context {
    const Deidentifier &deid;
    const DeidentifyOptions &options;
    int shift = 0;
    QString pseudonym;
    QList<QByteArray> phi;  ///< what cleaning cuts out of descriptors
    std::vector<AttributeChange> &changes;

    void note(const QString &where, const Tag &tag, const char *action, const QByteArray &value = {})
    {
        changes.push_back({where, tagName(tag), QLatin1String(action), QString::fromLatin1(detail::trimmedValue(value))});
    }

    void set(gdcm::DataSet &ds, gdcm::DataElement de, gdcm::VR vr, const QByteArray &value)
    {
        QByteArray v = value;
        if (v.size() % 2)
            v.append(vr == gdcm::VR::UI ? '\0' : ' ');
        de.SetByteValue(v.constData(), gdcm::VL(uint32_t(v.size())));
        ds.Replace(de);
    }

    /// Type 2 attributes and every date and time are emptied (zero length is valid whatever their
    /// type but 1, and no date or time is type 1 in the common IODs); the rest is removed.
    void removeOrEmpty(gdcm::DataSet &ds, gdcm::DataElement de, const QString &where)
    {
        const Tag tag = de.GetTag();
        const gdcm::VR vr = vrOf(de);
        if (kKeepEmpty.count(tag) || vr == gdcm::VR::DA || vr == gdcm::VR::DT || vr == gdcm::VR::TM) {
            if (detail::trimmedValue(valueOf(de)).isEmpty())
                return;  // already empty
            de.Empty();
            ds.Replace(de);
            note(where, tag, "emptied");
        } else {
            ds.Remove(tag);
            note(where, tag, "removed");
        }
    }

    QByteArray shiftDates(const QByteArray &value, bool dateTime, bool *ok) const
    {
        QList<QByteArray> out;
        *ok = true;
        for (const QByteArray &part : detail::trimmedValue(value).split('\\')) {
            const QDate d = QDate::fromString(QString::fromLatin1(part.left(8)), QStringLiteral("yyyyMMdd"));
            if (!d.isValid()) {
                *ok = false;
                return {};
            }
            out << d.addDays(shift).toString(QStringLiteral("yyyyMMdd")).toLatin1() + (dateTime ? part.mid(8) : QByteArray());
        }
        return out.join('\\');
    }

    QByteArray clean(QByteArray text) const
    {
        for (const QByteArray &token : phi) {
            for (qsizetype at = text.toLower().indexOf(token.toLower()); at >= 0; at = text.toLower().indexOf(token.toLower()))
                text.remove(at, token.size());
        }
        return text.simplified();
    }

    /// A private attribute of PS3.15 E.3.10's safe list (by its block's creator), not a sequence.
    static bool safePrivate(const gdcm::DataSet &ds, const gdcm::DataElement &de)
    {
        const Tag tag = de.GetTag();
        if (tag.GetElement() < 0x1000 || vrOf(de) == gdcm::VR::SQ)
            return false;
        const Tag creatorTag(tag.GetGroup(), tag.GetElement() >> 8);
        if (!ds.FindDataElement(creatorTag))
            return false;
        return isSafePrivate(detail::trimmedValue(valueOf(ds.GetDataElement(creatorTag))), tag.GetGroup(), std::uint8_t(tag.GetElement() & 0xFF));
    }

    void process(gdcm::DataSet &ds, const QString &path)
    {
        std::vector<Tag> tags;
        // Private blocks that hold a safe attribute keep their creator element.
        std::set<std::pair<std::uint16_t, std::uint8_t>> safeBlocks;
        for (auto it = ds.Begin(); it != ds.End(); ++it) {
            tags.push_back(it->GetTag());
            if (options.keepPrivate && it->GetTag().IsPrivate() && !it->GetTag().IsPrivateCreator() && safePrivate(ds, *it))
                safeBlocks.insert({it->GetTag().GetGroup(), std::uint8_t(it->GetTag().GetElement() >> 8)});
        }
        for (const Tag &tag : tags) {
            gdcm::DataElement de = ds.GetDataElement(tag);
            const QString where = path + tagText(tag);
            if (tag.GetGroup() == 0x0000 || tag.GetElement() == 0x0000) {
                // Command elements have no place in a file, and group lengths (retired) would be
                // wrong once values change.
                ds.Remove(tag);
                note(where, tag, "removed");
                continue;
            }
            if (tag.GetGroup() == 0x7FE0)
                continue;  // pixel data
            if (tag.IsPrivate()) {
                if (options.keepAllPrivate)
                    continue;
                const bool keep = options.keepPrivate
                    && (tag.IsPrivateCreator() ? safeBlocks.count({tag.GetGroup(), std::uint8_t(tag.GetElement() & 0xFF)}) > 0
                                               : safePrivate(ds, de));
                if (!keep) {
                    ds.Remove(tag);
                    note(where, tag, "removed");
                }
                continue;
            }
            const gdcm::VR vr = vrOf(de);
            const bool listed = profileTags().count(tag) > 0;
            if (vr == gdcm::VR::SQ) {
                if (listed) {
                    ds.Remove(tag);
                    note(where, tag, "removed");
                    continue;
                }
                gdcm::SmartPointer<gdcm::SequenceOfItems> sq = de.GetValueAsSQ();
                if (!sq || sq->GetNumberOfItems() == 0)
                    continue;
                for (gdcm::SequenceOfItems::SizeType i = 1; i <= sq->GetNumberOfItems(); ++i)
                    process(sq->GetItem(i).GetNestedDataSet(), QStringLiteral("%1[%2]").arg(where).arg(i));
                de.SetValue(*sq);
                de.SetVLToUndefined();
                ds.Replace(de);
                continue;
            }
            const QByteArray value = valueOf(de);
            if (vr == gdcm::VR::UI) {
                if (options.retainUids || kClassUids.count(tag))
                    continue;
                QList<QByteArray> parts = detail::trimmedValue(value).split('\\');
                bool changed = false;
                for (QByteArray &p : parts) {
                    const QByteArray mapped = deid.mapUid(QString::fromLatin1(p)).toLatin1();
                    changed = changed || mapped != p;
                    p = mapped;
                }
                if (changed) {
                    set(ds, de, vr, parts.join('\\'));
                    note(where, tag, "remapped", parts.join('\\'));
                }
                continue;
            }
            if (tag == kBirthDate || tag == kBirthTime) {
                removeOrEmpty(ds, de, where);
                continue;
            }
            if (options.retainPatientCharacteristics && kCharacteristics.count(tag))
                continue;
            if (vr == gdcm::VR::DA || vr == gdcm::VR::DT) {
                if (detail::trimmedValue(value).isEmpty())
                    continue;
                bool ok = false;
                const QByteArray shifted = options.retainLongitudinal ? shiftDates(value, vr == gdcm::VR::DT, &ok) : QByteArray();
                if (ok) {
                    set(ds, de, vr, shifted);
                    note(where, tag, "shifted", shifted);
                } else {
                    removeOrEmpty(ds, de, where);
                }
                continue;
            }
            if (vr == gdcm::VR::TM) {
                if (!options.retainLongitudinal && !detail::trimmedValue(value).isEmpty())
                    removeOrEmpty(ds, de, where);
                continue;
            }
            if (kDescriptors.count(tag)) {
                if (!options.cleanDescriptors) {
                    removeOrEmpty(ds, de, where);
                } else if (const QByteArray cleaned = clean(detail::trimmedValue(value)); cleaned != detail::trimmedValue(value)) {
                    set(ds, de, vr, cleaned);
                    note(where, tag, "cleaned", cleaned);
                }
                continue;
            }
            if (tag == kPatientName || tag == kPatientId) {
                set(ds, de, vr, pseudonym.toLatin1());
                note(where, tag, "replaced", pseudonym.toLatin1());
                continue;
            }
            if (listed)
                removeOrEmpty(ds, de, where);
        }
    }
};

QString topValue(const gdcm::DataSet &ds, const Tag &tag)
{
    if (!ds.FindDataElement(tag))
        return {};
    return QString::fromLatin1(detail::trimmedValue(valueOf(ds.GetDataElement(tag))));
}

/// A code sequence item (Code Value, Coding Scheme Designator, Code Meaning).
gdcm::Item codeItem(const char *value, const char *meaning)
{
    gdcm::Item item;
    item.SetVLToUndefined();
    gdcm::DataSet &nested = item.GetNestedDataSet();
    nested.Insert(element({0x0008, 0x0100}, gdcm::VR::SH, value));
    nested.Insert(element({0x0008, 0x0102}, gdcm::VR::SH, "DCM"));
    nested.Insert(element({0x0008, 0x0104}, gdcm::VR::LO, meaning));
    return item;
}

} // namespace

Deidentifier::Deidentifier(DeidentifyOptions options) : m_options(std::move(options))
{
    if (m_options.key.isEmpty()) {
        m_options.key.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_options.key.data()), 8);
    }
}

QByteArray Deidentifier::keyed(const QByteArray &purpose, const QString &value) const
{
    return QMessageAuthenticationCode::hash(purpose + '\0' + value.toUtf8(), m_options.key, QCryptographicHash::Sha256);
}

QString Deidentifier::mapUid(const QString &uid) const
{
    if (uid.isEmpty() || m_options.retainUids || uid.startsWith(QLatin1String("1.2.840.10008.")))
        return uid;
    // 2.25 (PS3.5 B.2): a UUID-sized number; here 128 bits of the keyed hash, in decimal.
    // Long division of the 16-byte big-endian number by 10, digit by digit.
    QByteArray n = keyed("uid", uid).left(16);
    QByteArray digits;
    auto isZero = [&n] { return std::all_of(n.begin(), n.end(), [](char b) { return b == 0; }); };
    do {
        unsigned remainder = 0;
        for (char &b : n) {
            const unsigned cur = (remainder << 8) | static_cast<unsigned char>(b);
            b = char(cur / 10);
            remainder = cur % 10;
        }
        digits.prepend(char('0' + remainder));
    } while (!isZero());
    return QStringLiteral("2.25.") + QString::fromLatin1(digits);
}

int Deidentifier::dayShift(const QString &patientId) const
{
    const QByteArray h = keyed("days", patientId);
    const quint32 v = (quint32(quint8(h[0])) << 24) | (quint32(quint8(h[1])) << 16) | (quint32(quint8(h[2])) << 8) | quint8(h[3]);
    return -int(1 + v % 3650);  // one day to ten years back
}

QString Deidentifier::pseudonym(const QString &patientId) const
{
    return QStringLiteral("ANON") + QString::fromLatin1(keyed("patient", patientId).toHex().left(10).toUpper());
}

QString Deidentifier::methodText() const
{
    QStringList parts{QStringLiteral("PS3.15 E Basic")};
    if (m_options.retainLongitudinal)
        parts << QStringLiteral("Mod Dates");
    if (m_options.retainPatientCharacteristics)
        parts << QStringLiteral("Pat Chars");
    if (m_options.cleanDescriptors)
        parts << QStringLiteral("Clean Desc");
    if (m_options.retainUids)
        parts << QStringLiteral("UIDs");
    if (m_options.keepAllPrivate)
        parts << QStringLiteral("All Private (unchecked)");
    else if (m_options.keepPrivate)
        parts << QStringLiteral("Safe Private");
    return QStringLiteral("Strata: ") + parts.join(QStringLiteral(", "));  // LO: at most 64 characters
}

Result<DeidentifiedFile> Deidentifier::deidentifyFile(const QString &source, const QString &target) const
{
    detail::installGdcmLogBridge();
    DeidentifiedFile out;
    out.source = source;
    out.target = target;
    // The transfer syntax comes from the file meta alone, read by hand: a syntax GDCM does not
    // know is refused before GDCM reads anything (it would read the data set as another syntax
    // and write the result back under a label that no longer fits).
    auto declared = detail::declaredTransferSyntax(source);
    if (!declared.ok())
        return declared.error();
    if (!declared->isEmpty() && gdcm::TransferSyntax::GetTSType(declared->toLatin1().constData()) == gdcm::TransferSyntax::TS_END
        && detail::decodedByStrataOnly(declared.value())) {
        // High-Throughput JPEG 2000 or deflated image frames, which GDCM cannot write: Strata
        // decodes them (losslessly) into an uncompressed copy beside the target, and that copy is
        // de-identified.
        QTemporaryFile decoded(QFileInfo(target).absolutePath() + QStringLiteral("/.strata-decoded-XXXXXX.dcm"));
        if (!decoded.open())
            return Error(ErrorCode::IoError, target, QCoreApplication::translate("strata::dicom", "cannot create a temporary file: %1").arg(decoded.errorString()));
        auto bytes = transcode(source, QString::fromLatin1(ts::ExplicitLittle));
        if (!bytes.ok())
            return bytes.error();
        if (decoded.write(bytes.value()) != bytes->size() || !decoded.flush())
            return Error(ErrorCode::IoError, decoded.fileName(), decoded.errorString());
        auto done = deidentifyFile(decoded.fileName(), target);
        if (!done.ok())
            return Error(done.error().code, source, done.error().reason);
        done->source = source;
        done->changes.push_back({QStringLiteral("(7FE0,0010)"), QStringLiteral("Pixel Data"), QStringLiteral("decoded"),
                                 QCoreApplication::translate("strata::dicom", "%1 written uncompressed (Explicit VR Little Endian)")
                                     .arg(transferSyntaxInfo(declared.value()).name)});
        return done;
    }
    auto guarded = detail::readForRewrite(source);
    if (!guarded.ok())
        return guarded.error();
    gdcm::Reader &reader = *guarded.value()->reader;
    gdcm::File &file = reader.GetFile();
    gdcm::DataSet &ds = file.GetDataSet();

    if (topValue(ds, kBurnedIn).toUpper() == QLatin1String("YES")) {
        if (!m_options.allowBurnedIn)
            return Error(ErrorCode::InvalidArgument, source,
                         QCoreApplication::translate("strata::dicom", "Burned In Annotation is YES: its pixels may show who the patient is (not de-identified)"));
        out.warning = QCoreApplication::translate("strata::dicom", "Burned In Annotation is YES: the pixels may still identify the patient");
    }

    QString patient = topValue(ds, kPatientId);
    const QString name = topValue(ds, kPatientName);
    if (patient.isEmpty())
        patient = name;
    Context c{*this, m_options, dayShift(patient), pseudonym(patient), {}, out.changes};
    for (const QString &part : name.split(QRegularExpression(QStringLiteral("[\\^ =]")), Qt::SkipEmptyParts))
        if (part.size() >= 2)
            c.phi << part.toLatin1();
    for (const Tag &t : {kPatientId, kBirthDate, Tag(0x0010, 0x1000), Tag(0x0008, 0x0050)})
        if (const QString v = topValue(ds, t); v.size() >= 2)
            c.phi << v.toLatin1();
    std::sort(c.phi.begin(), c.phi.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    c.process(ds, QString());

    // What was done, in the data set itself (PS3.15 E.1.1, PS3.3 C.7.1.1).
    auto add = [&](const Tag &tag, gdcm::VR vr, const QByteArray &value) {
        ds.Replace(element(tag, vr, value));
        c.note(tagText(tag), tag, "added", value);
    };
    add({0x0012, 0x0062}, gdcm::VR::CS, "YES");
    add({0x0012, 0x0063}, gdcm::VR::LO, methodText().toLatin1());
    add({0x0028, 0x0303}, gdcm::VR::CS, m_options.retainLongitudinal ? "MODIFIED" : "REMOVED");
    {
        gdcm::SmartPointer<gdcm::SequenceOfItems> codes = new gdcm::SequenceOfItems;
        codes->SetLengthToUndefined();
        codes->AddItem(codeItem("113100", "Basic Application Confidentiality Profile"));
        if (m_options.retainLongitudinal)
            codes->AddItem(codeItem("113107", "Retain Longitudinal Temporal Information Modified Dates Option"));
        if (m_options.retainPatientCharacteristics)
            codes->AddItem(codeItem("113108", "Retain Patient Characteristics Option"));
        if (m_options.cleanDescriptors)
            codes->AddItem(codeItem("113105", "Clean Descriptors Option"));
        if (m_options.retainUids)
            codes->AddItem(codeItem("113110", "Retain UIDs Option"));
        if (m_options.keepPrivate && !m_options.keepAllPrivate)
            codes->AddItem(codeItem("113111", "Retain Safe Private Option"));
        const gdcm::DataElement seq = detail::sequenceElement(Tag(0x0012, 0x0064), codes);
        ds.Replace(seq);
        c.note(tagText(seq.GetTag()), seq.GetTag(), "added", QByteArray::number(int(codes->GetNumberOfItems())) + " code(s)");
    }

    out.sopInstanceUid = topValue(ds, kSopInstanceUid);
    out.studyInstanceUid = topValue(ds, kStudyInstanceUid);
    // The file meta information follows the data set: its instance UID, and Strata as the
    // source AE (GDCM's writer would otherwise name itself).
    gdcm::FileMetaInformation &meta = file.GetHeader();
    meta.Replace(element({0x0002, 0x0003}, gdcm::VR::UI, out.sopInstanceUid.toLatin1()));
    meta.Remove(Tag(0x0002, 0x0016));
    if (const QByteArray ae = m_options.sourceAeTitle.trimmed().toLatin1().left(16); !ae.isEmpty())
        meta.Replace(element({0x0002, 0x0016}, gdcm::VR::AE, ae));

    if (!detail::writeGuarded(file, target))
        return Error(ErrorCode::IoError, source, QCoreApplication::translate("strata::dicom", "the de-identified file could not be written (%1)").arg(target));
    return out;
}

Result<DeidentifiedSet> writeDeidentifiedFileSet(const Deidentifier &deid, const QStringList &files, const QString &folder,
                                                 const CancellationToken &cancel,
                                                 const std::function<void(const Progress &)> &progress)
{
    const QFileInfo target(folder);
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.strata-deidentify-XXXXXX"));
    if (!staging.isValid())
        return Error(ErrorCode::IoError, target.absolutePath(), QCoreApplication::translate("strata::dicom", "cannot create a temporary folder: %1").arg(staging.errorString()));
    DeidentifiedSet out;
    QStringList staged;
    Progress p;
    p.stage = QStringLiteral("de-identifying");
    p.total = files.size();
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (cancel.isCancelled())
            return Error(ErrorCode::Cancelled, folder, QCoreApplication::translate("strata::dicom", "de-identification cancelled"));
        const QString copy = QStringLiteral("%1/%2.dcm").arg(staging.path()).arg(i, 6, 10, QLatin1Char('0'));
        auto done = deid.deidentifyFile(files[i], copy);
        if (!done.ok()) {
            out.refused << done.error().message();
        } else {
            if (!out.studies.contains(done->studyInstanceUid))
                out.studies << done->studyInstanceUid;
            staged << copy;
            out.files.push_back(std::move(done).value());
        }
        p.done = i + 1;
        if (progress)
            progress(p);
    }
    if (staged.isEmpty())
        return Error(ErrorCode::InvalidArgument, folder,
                     out.refused.isEmpty() ? QCoreApplication::translate("strata::dicom", "nothing to write") : QCoreApplication::translate("strata::dicom", "every file was refused: %1").arg(out.refused.first()));
    auto written = writeFileSet(staged, folder, cancel, progress);
    if (!written.ok())
        return written.error();
    out.fileSet = std::move(written).value();
    for (size_t i = 0; i < out.files.size() && i < size_t(out.fileSet.copies.size()); ++i)
        out.files[i].target = out.fileSet.copies[qsizetype(i)];
    return out;
}

QByteArray deidentificationReport(const Deidentifier &deid, const DeidentifiedSet &set, bool json)
{
    if (json) {
        QJsonArray array;
        for (const DeidentifiedFile &f : set.files) {
            QJsonArray changes;
            for (const AttributeChange &c : f.changes)
                changes.append(QJsonObject{{QStringLiteral("tag"), c.tag}, {QStringLiteral("name"), c.name},
                                           {QStringLiteral("action"), c.action}, {QStringLiteral("value"), c.value}});
            array.append(QJsonObject{{QStringLiteral("source"), f.source}, {QStringLiteral("target"), f.target},
                                     {QStringLiteral("sopInstanceUid"), f.sopInstanceUid},
                                     {QStringLiteral("warning"), f.warning}, {QStringLiteral("changes"), changes}});
        }
        return QJsonDocument(QJsonObject{{QStringLiteral("method"), deid.methodText()},
                                         {QStringLiteral("files"), array},
                                         {QStringLiteral("refused"), QJsonArray::fromStringList(set.refused)}})
            .toJson(QJsonDocument::Indented);
    }
    QByteArray bytes;
    QTextStream s(&bytes);
    s << "# Strata de-identification report\n# method: " << deid.methodText() << "\n";
    for (const QString &r : set.refused)
        s << "REFUSED " << r << "\n";
    for (const DeidentifiedFile &f : set.files) {
        s << "\nfile " << f.source << "\n  -> " << f.target << "\n";
        if (!f.warning.isEmpty())
            s << "  WARNING " << f.warning << "\n";
        for (const AttributeChange &c : f.changes) {
            s << "  " << c.tag << " " << c.name << ": " << c.action;
            if (!c.value.isEmpty())
                s << " = " << c.value;
            s << "\n";
        }
    }
    s.flush();
    return bytes;
}

} // namespace strata::dicom

namespace strata::dicom::detail {

Result<std::unique_ptr<GuardedRead<gdcm::Reader>>> readForRewrite(const QString &source)
{
    auto declared = declaredTransferSyntax(source);
    if (!declared.ok())
        return declared.error();
    if (!declared->isEmpty() && gdcm::TransferSyntax::GetTSType(declared->toLatin1().constData()) == gdcm::TransferSyntax::TS_END) {
        const TransferSyntaxInfo ts = transferSyntaxInfo(declared.value());
        return Error(ErrorCode::Unsupported, source,
                     QCoreApplication::translate("strata::dicom", "GDCM %1 cannot read its transfer syntax, %2 (%3)")
                         .arg(gdcmVersion(), ts.name, ts.uid));
    }
    // The whole file is walked first; GDCM reads it only as the walk did (or a normalised copy of
    // it): a file whose data set does not follow its declared syntax is never parsed by GDCM's
    // guesses, which misread lengths (one asked for 1.3 GB).
    auto structure = checkFileStructure(source, StructureScope::Whole);
    if (!structure.ok())
        return structure.error();
    const FileStructure &fs = structure.value();
    if (fs.hasPixelData && fs.pixelDataEncapsulated && !fs.declaredSyntaxFollowed)
        // Compressed pixel data in a data set that is not encoded as its syntax says: no syntax
        // would describe the file written.
        return Error(ErrorCode::Malformed, source,
                     QCoreApplication::translate("strata::dicom", "its compressed pixel data cannot be written again: %1")
                         .arg(fs.declaredSyntaxProblem.isEmpty() ? QCoreApplication::translate("strata::dicom", "the data set does not follow its transfer syntax")
                                                                 : fs.declaredSyntaxProblem));
    auto guarded = readGuarded<gdcm::Reader>(source, fs, [](gdcm::Reader &r) { return r.Read(); });
    if (guarded->error)
        return *guarded->error;
    if (guarded->outcome == ReadOutcome::Aborted)
        abandon(guarded.release());
    if (!guarded || guarded->outcome != ReadOutcome::Ok)
        return Error(ErrorCode::Unsupported, source, QCoreApplication::translate("strata::dicom", "GDCM cannot read it (a transfer syntax it does not know, or a damaged file)"));
    return guarded;
}

bool writeGuarded(const gdcm::File &file, const QString &target)
{
    gdcm::Writer writer;
    const QByteArray name8 = QFile::encodeName(target);
    writer.SetFileName(name8.constData());
    writer.SetFile(file);
    bool written = false;
    if (!runGuarded([&] { written = writer.Write(); }) || !written) {
        QFile::remove(target);
        return false;
    }
    return true;
}

} // namespace strata::dicom::detail
