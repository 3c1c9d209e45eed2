// `strata anonymize` (studies de-identified by PS3.15 Annex E into a file-set or a zip, with a
// report) and `strata cd` (studies as a patient CD: a file-set with DICOMDIR, optionally
// de-identified, and an ISO 9660 image when xorriso is installed).
#include "CliSupport.h"
#include "Commands.h"

#include <strata/core/Paths.h>
#include <strata/dicom/Deidentify.h>
#include <strata/dicom/FileSet.h>
#include <strata/store/AuditLog.h>
#include <strata/store/LocalCache.h>

#include <quazip/JlCompress.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>

namespace strata::cli {
namespace {

void addDeidentifyOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("retain-dates"),
                      QStringLiteral("Retain longitudinal temporal information: shift every date by one offset per patient (times kept).")});
    parser.addOption({QStringLiteral("retain-patient-characteristics"),
                      QStringLiteral("Keep sex, age, size, weight, ethnic group, smoking and pregnancy status.")});
    parser.addOption({QStringLiteral("clean-descriptors"),
                      QStringLiteral("Keep descriptions and comments with the patient's name, IDs and birth date cut out (else removed).")});
    parser.addOption({QStringLiteral("retain-uids"), QStringLiteral("Keep the study, series and instance UIDs (else remapped consistently).")});
    parser.addOption({QStringLiteral("keep-private"),
                      QStringLiteral("Retain Safe Private: keep the private attributes known to be safe (acquisition and scaling values "
                                     "of common vendors, see docs/security.md); every other private element is removed.")});
    parser.addOption({QStringLiteral("keep-all-private"),
                      QStringLiteral("Keep every private element, unchecked (they may identify the patient; not a PS3.15 option).")});
    parser.addOption({QStringLiteral("allow-burned-in"),
                      QStringLiteral("Write images whose Burned In Annotation is YES, with a warning (else they are refused).")});
    parser.addOption({QStringLiteral("key"),
                      QStringLiteral("A secret that makes pseudonyms, UIDs and date offsets the same across runs (else random per run)."),
                      QStringLiteral("secret")});
    parser.addOption({QStringLiteral("report"),
                      QStringLiteral("Write the report of every attribute changed to this file (JSON when it ends in .json)."),
                      QStringLiteral("file")});
}

dicom::DeidentifyOptions deidentifyOptions(const QCommandLineParser &parser)
{
    dicom::DeidentifyOptions o;
    o.retainLongitudinal = parser.isSet(QStringLiteral("retain-dates"));
    o.retainPatientCharacteristics = parser.isSet(QStringLiteral("retain-patient-characteristics"));
    o.cleanDescriptors = parser.isSet(QStringLiteral("clean-descriptors"));
    o.retainUids = parser.isSet(QStringLiteral("retain-uids"));
    o.keepPrivate = parser.isSet(QStringLiteral("keep-private"));
    o.keepAllPrivate = parser.isSet(QStringLiteral("keep-all-private"));
    o.allowBurnedIn = parser.isSet(QStringLiteral("allow-burned-in"));
    o.key = parser.value(QStringLiteral("key")).toUtf8();
    return o;
}

/// Writes the report of an export (JSON when the name ends in .json).
bool writeReport(const QString &path, const dicom::Deidentifier &deid, const dicom::DeidentifiedSet &set, QTextStream &err)
{
    const QByteArray bytes = dicom::deidentificationReport(deid, set, path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err << "strata: " << path << ": the report could not be written: " << f.errorString() << "\n";
        return false;
    }
    return true;
}

bool folderUsable(const QString &command, const QFileInfo &target, QTextStream &err)
{
    if (target.exists()
        && (!target.isDir() || !QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))) {
        err << "strata " << command << ": " << target.absoluteFilePath() << (target.isDir() ? " is not empty" : " is a file, not a folder")
            << "\n";
        return false;
    }
    return true;
}

/// De-identifies into a file-set in `folder`, with a progress line; prints refusals and warnings.
std::optional<dicom::DeidentifiedSet> writeSet(const QString &command, const dicom::Deidentifier &deid, const QStringList &files,
                                               const QString &folder, bool quiet, QTextStream &err)
{
    if (deid.options().keepAllPrivate)
        err << "warning: --keep-all-private keeps every private element unchecked: they may identify the patient "
               "(the files do not claim PS3.15's Retain Safe Private Option)\n";
    InterruptScope interrupt;
    auto written = dicom::writeDeidentifiedFileSet(deid, files, folder, interrupt.token(), [&](const Progress &p) {
        if (quiet)
            return;
        err << "\r" << p.stage << " " << p.done << "/" << p.total << "   ";
        err.flush();
    });
    if (!quiet)
        err << "\n";
    if (!written.ok()) {
        err << "strata " << command << ": " << written.error().message() << "\n";
        return std::nullopt;
    }
    for (const QString &r : written->refused)
        err << "refused: " << r << "\n";
    for (const dicom::DeidentifiedFile &f : written->files)
        if (!f.warning.isEmpty())
            err << "warning: " << f.source << ": " << f.warning << "\n";
    return std::move(written).value();
}

} // namespace

int anonymizeCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "De-identify studies of the local cache by the PS3.15 Annex E Basic Application Level Confidentiality Profile "
        "and write them as a file-set with a DICOMDIR into a folder (new or empty) or a zip file (ending in .zip)."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("Where to write: a folder, or a file ending in .zip."), QStringLiteral("dir|file.zip")});
    addDeidentifyOptions(parser);
    addWithdrawnOption(parser);
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress line.")});
    parser.addPositionalArgument(QStringLiteral("study-uid…"), QStringLiteral("Study Instance UIDs of studies in the local cache."));
    int parseExit = 0;
    if (!parseCommand(parser, QStringLiteral("anonymize"), args, out, err, &parseExit))
        return parseExit;
    const QStringList uids = parser.positionalArguments();
    const QString target = parser.value(QStringLiteral("out"));
    if (uids.isEmpty() || target.isEmpty()) {
        err << "strata anonymize: give one or more Study Instance UIDs and --out <dir|file.zip>\n";
        return 2;
    }
    const bool zip = target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    const QFileInfo targetInfo(target);
    if (zip ? targetInfo.exists() : !folderUsable(QStringLiteral("anonymize"), targetInfo, err)) {
        if (zip)
            err << "strata anonymize: " << targetInfo.absoluteFilePath() << " already exists\n";
        return 1;
    }
    if (!targetInfo.absoluteDir().exists()) {
        err << "strata anonymize: " << targetInfo.absolutePath() << ": no such folder\n";
        return 1;
    }
    const auto copy = filesForCopy(QStringLiteral("anonymize"), uids, parser, err);
    if (!copy)
        return 1;
    const QStringList *files = &copy->files;

    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const dicom::Deidentifier deid(deidentifyOptions(parser));
    // A zip is written from a file-set in a temporary folder beside it.
    std::optional<QTemporaryDir> staging;
    if (zip) {
        staging.emplace(targetInfo.absolutePath() + QStringLiteral("/.strata-anonymize-XXXXXX"));
        if (!staging->isValid()) {
            err << "strata anonymize: cannot create a temporary folder in " << targetInfo.absolutePath() << "\n";
            return 1;
        }
    }
    const QString folder = zip ? staging->path() + QStringLiteral("/set") : targetInfo.absoluteFilePath();
    const auto set = writeSet(QStringLiteral("anonymize"), deid, *files, folder, quiet, err);
    if (!set) {
        store::audit({QStringLiteral("anonymize"), uids.join(QLatin1Char(' ')), QStringLiteral("failure"), targetInfo.absoluteFilePath(),
                      QStringLiteral("nothing written")});
        return 1;
    }
    if (zip && !JlCompress::compressDir(targetInfo.absoluteFilePath(), folder, true)) {
        QFile::remove(targetInfo.absoluteFilePath());
        err << "strata anonymize: " << targetInfo.absoluteFilePath() << ": the zip file could not be written\n";
        return 1;
    }
    if (parser.isSet(QStringLiteral("report")) && !writeReport(parser.value(QStringLiteral("report")), deid, *set, err))
        return 1;
    store::audit({QStringLiteral("anonymize"), uids.join(QLatin1Char(' ')),
                  set->refused.isEmpty() ? QStringLiteral("success") : QStringLiteral("failure"), targetInfo.absoluteFilePath(),
                  QStringLiteral("%1 file(s) written, %2 refused; %3; as %4")
                          .arg(set->files.size()).arg(set->refused.size()).arg(deid.methodText(), set->studies.join(QLatin1Char(' ')))
                      + (copy->withdrawn.isEmpty() ? QString() : QStringLiteral("; ") + copy->withdrawnNote())});
    out << "De-identified " << set->files.size() << " file(s) of " << uids.size() << " study(ies)";
    if (!set->refused.isEmpty())
        out << ", " << set->refused.size() << " refused";
    out << " (" << deid.methodText() << ")\n  "
        << QDir::toNativeSeparators(zip ? targetInfo.absoluteFilePath() : set->fileSet.dicomdir) << "\n";
    return set->refused.isEmpty() ? 0 : 1;
}

int cdCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write studies of the local cache as a patient CD: a PS3.10 file-set with a DICOMDIR in a folder (new or empty), "
        "optionally de-identified, and an ISO 9660 image of it with --iso (needs xorriso or genisoimage)."));
    parser.addOption({QStringLiteral("out"), QStringLiteral("The folder of the file-set."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("iso"), QStringLiteral("Also write this ISO 9660 image of the folder."), QStringLiteral("file.iso")});
    parser.addOption({QStringLiteral("anonymize"), QStringLiteral("De-identify the studies (PS3.15 Basic Profile; the options below).")});
    parser.addOption({QStringLiteral("volume"), QStringLiteral("The disc's volume name (default STRATA)."), QStringLiteral("name")});
    addDeidentifyOptions(parser);
    addWithdrawnOption(parser);
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("No progress line.")});
    parser.addPositionalArgument(QStringLiteral("study-uid…"), QStringLiteral("Study Instance UIDs of studies in the local cache."));
    int parseExit = 0;
    if (!parseCommand(parser, QStringLiteral("cd"), args, out, err, &parseExit))
        return parseExit;
    const QStringList uids = parser.positionalArguments();
    const QString target = parser.value(QStringLiteral("out"));
    if (uids.isEmpty() || target.isEmpty()) {
        err << "strata cd: give one or more Study Instance UIDs and --out <dir>\n";
        return 2;
    }
    const QFileInfo targetInfo(target);
    if (!folderUsable(QStringLiteral("cd"), targetInfo, err))
        return 1;
    const QString iso = parser.value(QStringLiteral("iso"));
    QString isoTool;
    if (!iso.isEmpty()) {
        if (QFileInfo::exists(iso)) {
            err << "strata cd: " << QFileInfo(iso).absoluteFilePath() << " already exists\n";
            return 1;
        }
        isoTool = QStandardPaths::findExecutable(QStringLiteral("xorriso"));
        if (isoTool.isEmpty())
            isoTool = QStandardPaths::findExecutable(QStringLiteral("genisoimage"));
        if (isoTool.isEmpty()) {
            err << "strata cd: --iso needs xorriso or genisoimage, and neither is installed\n";
            return 1;
        }
    }
    const auto copy = filesForCopy(QStringLiteral("cd"), uids, parser, err);
    if (!copy)
        return 1;
    const QStringList *files = &copy->files;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool anonymize = parser.isSet(QStringLiteral("anonymize"));
    const dicom::Deidentifier deid(deidentifyOptions(parser));
    std::optional<dicom::FileSetSummary> writtenSet;
    qsizetype refused = 0;  // images the de-identification would not write (named on stderr)
    if (anonymize) {
        const auto set = writeSet(QStringLiteral("cd"), deid, *files, targetInfo.absoluteFilePath(), quiet, err);
        if (!set)
            return 1;
        if (parser.isSet(QStringLiteral("report")) && !writeReport(parser.value(QStringLiteral("report")), deid, *set, err))
            return 1;
        writtenSet = set->fileSet;
        refused = set->refused.size();
    } else {
        InterruptScope interrupt;
        auto plain = dicom::writeFileSet(*files, targetInfo.absoluteFilePath(), interrupt.token());
        if (!plain.ok()) {
            err << "strata cd: " << plain.error().message() << "\n";
            return 1;
        }
        writtenSet = std::move(plain).value();
    }
    const dicom::FileSetSummary *written = &*writtenSet;
    if (!iso.isEmpty()) {
        // ISO 9660 level 1 names (the file-set's are upper-case 8.3 already) with Joliet and Rock
        // Ridge; the DICOMDIR at the root.
        const QString volume = parser.value(QStringLiteral("volume")).isEmpty() ? QStringLiteral("STRATA")
                                                                                  : parser.value(QStringLiteral("volume")).toUpper().left(32);
        QStringList isoArgs;
        if (QFileInfo(isoTool).fileName() == QLatin1String("xorriso"))
            isoArgs << QStringLiteral("-as") << QStringLiteral("mkisofs");
        isoArgs << QStringLiteral("-quiet") << QStringLiteral("-iso-level") << QStringLiteral("1") << QStringLiteral("-J")
                << QStringLiteral("-r") << QStringLiteral("-V") << volume << QStringLiteral("-o") << QFileInfo(iso).absoluteFilePath()
                << targetInfo.absoluteFilePath();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(isoTool, isoArgs);
        if (!p.waitForFinished(30 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            QFile::remove(iso);
            err << "strata cd: " << QFileInfo(isoTool).fileName() << " failed: " << QString::fromLocal8Bit(p.readAll()).trimmed() << "\n";
            store::audit({QStringLiteral("cd"), uids.join(QLatin1Char(' ')), QStringLiteral("failure"), iso, QStringLiteral("the ISO image failed")});
            return 1;
        }
    }
    store::audit({QStringLiteral("cd"), uids.join(QLatin1Char(' ')), refused ? QStringLiteral("failure") : QStringLiteral("success"),
                  iso.isEmpty() ? targetInfo.absoluteFilePath() : QFileInfo(iso).absoluteFilePath(),
                  QStringLiteral("%1 file(s)%2%3")
                      .arg(written->copies.size())
                          .arg(refused ? QStringLiteral(", %1 refused").arg(refused) : QString(),
                               anonymize ? QStringLiteral(", ") + deid.methodText() : QString())
                      + (copy->withdrawn.isEmpty() ? QString() : QStringLiteral("; ") + copy->withdrawnNote())});
    out << "Wrote a CD file-set: " << written->copies.size() << " file(s), " << megabytes(written->bytes) << ", " << written->studies
        << " study(ies), with a DICOMDIR" << (anonymize ? ", de-identified" : "");
    if (refused)
        out << ", " << refused << " refused";
    out << "\n  " << QDir::toNativeSeparators(written->dicomdir) << "\n";
    if (!iso.isEmpty())
        out << "  " << QDir::toNativeSeparators(QFileInfo(iso).absoluteFilePath()) << " (ISO 9660)\n";
    // As `strata anonymize`: a CD that lacks images the user asked for is not a success.
    return refused ? 1 : 0;
}

} // namespace strata::cli
