// Benchmark of the local cache's study search (LocalCache::searchStudies) on large indexes, side by
// side: 1,000,000 instances in 20,000 studies (50 per study, in 2–3 series, ~5,000 patients) and
// ten times that, 10,000,000 instances in 200,000 studies (~50,000 patients): a department's cache.
//
// Each index is made once and kept (<data>/index-1M and <data>/index-10M, where <data> is
// STRATA_BENCH_DATA, default <build>/bench-data; made again when missing or when its recipe
// changed). STRATA_BENCH_SEARCH_SCALES picks the indexes (default "1,10", in millions of
// instances); STRATA_BENCH_INDEX=<dir> runs the 1M recipe on that one directory instead.
// LocalCache::open creates the schema (the same migrations as a real cache), then the rows go in
// with raw SQL through QSqlDatabase (QSQLITE) in large transactions with prepared statements. The
// secondary indexes are dropped for the load and created again from their own SQL afterwards
// (sorting once is faster than 10M random inserts); the result is the same schema. The rows are what the importer writes
// (ImportPipeline.cpp, indexBatch): patient key, display and folded name (PersonName::display,
// foldForSearch) and its words (patient_words), folded description, series/study counts and sizes,
// sorted modalities joined by '\' (study_facets follows by the schema's triggers). No ANALYZE is
// run, as the importer runs none.
//
// Every query is timed per call (manual timing); the final table gives p50/p95 per query and index
// against the design goal (p95 < 20 ms, at 1M and at 10M instances). STRATA_BENCH_SEARCH_MD=<file> also writes the table
// as Markdown. tests/benchmarks/run_cache_bench.sh runs this after the import benchmark.
#include <strata/dicom/DicomHeader.h>
#include <strata/store/LocalCache.h>

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace strata;
using store::StudyQuery;

constexpr int kPatients = 5000;   // per million instances
constexpr int kStudies = 20000;   // per million instances
constexpr int kInstancesPerStudy = 50;

/// What the index under a directory was made from; a change makes it again.
QByteArray recipe(int scale)
{
    return QStringLiteral("strata-bench-search v1: patients=%1 studies=%2 instances/study=%3 seed=20261123 r4")
        .arg(kPatients * scale).arg(kStudies * scale).arg(kInstancesPerStudy).toUtf8();
}

// ---------------------------------------------------------------------------------------------
// Synthetic but realistic rows
// ---------------------------------------------------------------------------------------------

const char *const kFamily[] = {
    "Müller",    "Schmidt",   "Schneider", "Fischer",  "Weber",     "Meyer",     "Wagner",   "Becker",
    "Schäfer",   "Köhler",    "Groß",      "Jäger",    "Bäcker",    "Löwe",      "Hoffmann", "Zimmermann",
    "Nuñez",     "García",    "Pérez",     "Rodríguez", "Martínez", "Sánchez",   "Gómez",    "Muñoz",
    "O'Brien",   "O'Connor",  "MacLeod",   "Smith",    "Jones",     "Brown",     "Taylor",   "Wilson",
    "Dubois",    "Lefèvre",   "Bérénger",  "Moreau",   "Françoise", "Rousseau",  "Girard",   "Lambert",
    "Nowak",     "Kowalski",  "Wiśniewski", "Dvořák",  "Novák",     "Svoboda",   "Horváth",  "Kovács",
    "Østergård", "Jørgensen", "Åberg",     "Söderberg", "Virtanen", "Mäkinen",   "Rossi",    "Russo",
    "Ferrari",   "Esposito",  "Öztürk",    "Yılmaz",   "Papadopoulos", "Ivanov", "Petrović", "Silva",
};
const char *const kGivenMale[] = {
    "Jürgen", "José",  "Hans",   "Peter",  "Thomas", "Michael", "Andreas", "Stefan", "Jörg",    "Klaus",
    "Seán",   "Liam",  "John",   "David",  "James",  "François", "Jérôme", "André",  "Luis",    "Ángel",
    "Jesús",  "Marco", "Giulio", "Lukáš",  "Tomáš",  "Søren",   "Björn",  "Mehmet", "Nikolaos", "Miloš",
};
const char *const kGivenFemale[] = {
    "Siobhán", "Aoife",  "Mary",    "Sarah",   "Anna",   "Maria",  "Jülide", "Müge",    "Renée",  "Hélène",
    "Zoë",     "Chloé",  "Inês",    "María",   "Lucía",  "Sofía",  "Käthe",  "Ingrid",  "Åsa",    "Małgorzata",
    "Zuzana",  "Petra",  "Katrin",  "Sabine",  "Ursula", "Elena",  "Chiara", "Ayşe",    "Eleni",  "Ana",
};
// Japanese and Korean patients: alphabetic = ideographic = phonetic groups, as a modality writes them.
struct CjkName {
    const char *alphabetic, *ideographic, *phonetic;
};
const CjkName kCjk[] = {
    {"Yamada^Tarou", "山田^太郎", "やまだ^たろう"},     {"Tanaka^Hanako", "田中^花子", "たなか^はなこ"},
    {"Suzuki^Ichirou", "鈴木^一郎", "すずき^いちろう"}, {"Satou^Yuki", "佐藤^由紀", "さとう^ゆき"},
    {"Takahashi^Ken", "高橋^健", "たかはし^けん"},      {"Kobayashi^Aiko", "小林^愛子", "こばやし^あいこ"},
    {"Hong^Gildong", "洪^吉洞", "홍^길동"},             {"Kim^Minjun", "金^民俊", "김^민준"},
    {"Lee^Seoyeon", "李^瑞妍", "이^서연"},              {"Park^Jihoon", "朴^智勳", "박^지훈"},
};
const char *const kReferring[] = {"Weber^Anna^^Dr. med.", "Lefèvre^Jérôme^^Dr", "Smith^John^^Dr.",
                                  "Kovács^Ágnes", "Yılmaz^Mehmet^^Dr.", "", "Rossi^Marco", "Nowak^Ewa^^Dr"};

struct StudyKind {
    const char *modalities[3];  ///< the series' modalities
    int weight;                 ///< percent
    const char *const *descriptions;
    int descriptionCount;
};
const char *const kCtDesc[] = {"CT Thorax mit KM", "CT Abdomen/Becken mit KM", "CT Schädel nativ", "CT HEAD W/O CONTRAST",
                               "CT CHEST ABDOMEN PELVIS W CONTRAST", "Angio-CT Becken-Bein", "CT Thorax Low-Dose",
                               "TDM thoracique", "CT Wirbelsäule LWS"};
const char *const kMrDesc[] = {"MRT Knie rechts", "MR Schädel mit KM", "MRT LWS nativ", "MR Prostata multiparametrisch",
                               "MRI BRAIN W AND W/O CONTRAST", "MRT Hüfte links", "IRM cérébrale", "MR Leber Primovist"};
const char *const kCrDesc[] = {"Thorax p.a. + seitl.", "Röntgen Hand li. in 2 Ebenen", "Becken a.p.",
                               "CHEST PA AND LATERAL", "Radiographie du thorax", "Knie re. 2 Ebenen", "Schulter li."};
const char *const kUsDesc[] = {"Sonographie Abdomen", "Echokardiographie", "Schilddrüse Sono", "US ABDOMEN COMPLETE",
                               "Échographie abdominale", "Duplex Carotiden"};
const char *const kPtDesc[] = {"PET/CT Ganzkörper FDG", "PET-CT PSMA", "PET CT WHOLE BODY FDG", "TEP-TDM corps entier"};
const StudyKind kKinds[] = {
    {{"CT", "CT", "CT"}, 35, kCtDesc, int(std::size(kCtDesc))},
    {{"MR", "MR", "MR"}, 22, kMrDesc, int(std::size(kMrDesc))},
    {{"CR", "CR", "CR"}, 20, kCrDesc, int(std::size(kCrDesc))},
    {{"US", "US", "US"}, 13, kUsDesc, int(std::size(kUsDesc))},
    {{"PT", "CT", "CT"}, 10, kPtDesc, int(std::size(kPtDesc))},
};
const char *sopClassFor(const QString &modality)
{
    if (modality == QLatin1String("CT")) return "1.2.840.10008.5.1.4.1.1.2";
    if (modality == QLatin1String("MR")) return "1.2.840.10008.5.1.4.1.1.4";
    if (modality == QLatin1String("CR")) return "1.2.840.10008.5.1.4.1.1.1";
    if (modality == QLatin1String("US")) return "1.2.840.10008.5.1.4.1.1.6.1";
    return "1.2.840.10008.5.1.4.1.1.128";
}
qint64 typicalSize(const QString &modality)
{
    if (modality == QLatin1String("CT")) return 526000;
    if (modality == QLatin1String("MR")) return 133000;
    if (modality == QLatin1String("CR")) return 8400000;
    if (modality == QLatin1String("US")) return 620000;
    return 66000;
}
const char *const kSeriesDesc[] = {"Topogramm", "Axial 1.0 Br40", "Axial 5.0 mm", "Coronal MPR", "t2_tse_tra",
                                   "t1_mprage_sag", "DWI b800", "PA", "LAT", "B-Mode", "PET AC", "PET NAC"};
const char *const kBodyParts[] = {"CHEST", "ABDOMEN", "HEAD", "PELVIS", "KNEE", "LSPINE", "HAND", "NECK", "WHOLEBODY"};
const char *const kSyntaxes[] = {"1.2.840.10008.1.2.1", "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.1",
                                 "1.2.840.10008.1.2", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.90"};

/// Deterministic random numbers (the same index on every machine that builds it).
class Rng {
public:
    explicit Rng(quint64 seed) : m_engine(seed) {}
    quint64 next() { return m_engine(); }
    int below(int n) { return int(m_engine() % quint64(n)); }
    template <typename T, std::size_t N> const T &pick(const T (&a)[N]) { return a[below(int(N))]; }
    QString hex(int chars)
    {
        static const char digits[] = "0123456789abcdef";
        QString out(chars, Qt::Uninitialized);
        for (int i = 0; i < chars; i += 16) {
            quint64 v = next();
            for (int j = i; j < std::min(chars, i + 16); ++j, v >>= 4)
                out[j] = QLatin1Char(digits[v & 15]);
        }
        return out;
    }

private:
    std::mt19937_64 m_engine;
};

struct Patient {
    QString id, raw, birth, sex;
};

QString iso(const QDateTime &t) { return t.toString(Qt::ISODateWithMs); }

bool execOrFail(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "strata_bench_search: %s: %s\n", what, qPrintable(q.lastError().text()));
    return false;
}

/// Builds the index of `scale` million instances under `dir` (removed first). Returns false on failure.
bool buildIndex(const QString &dir, int scale)
{
    const int patientCount = kPatients * scale, studyCount = kStudies * scale;
    QDir(dir).removeRecursively();
    {
        auto cache = store::LocalCache::open(dir);  // creates and migrates the schema
        if (!cache.ok()) {
            std::fprintf(stderr, "strata_bench_search: %s\n", qPrintable(cache.error().message()));
            return false;
        }
    }
    QElapsedTimer timer;
    timer.start();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-build"));
        db.setDatabaseName(dir + QStringLiteral("/index.sqlite"));
        if (!db.open()) {
            std::fprintf(stderr, "strata_bench_search: cannot open the index: %s\n", qPrintable(db.lastError().text()));
            return false;
        }
        QSqlQuery q(db);
        // Build speed only: nothing else uses the file while it is made; it goes back to WAL at the end.
        for (const char *pragma : {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-1048576",
                                   "PRAGMA temp_store=MEMORY", "PRAGMA foreign_keys=OFF"})
            q.exec(QString::fromLatin1(pragma));
        // The secondary indexes of the four tables, as the migrations made them; dropped for the load.
        QStringList indexSql;
        q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                              " AND tbl_name IN ('patients', 'studies', 'series', 'instances')"));
        QStringList indexNames;
        while (q.next()) {
            indexNames << q.value(0).toString();
            indexSql << q.value(1).toString();
        }
        for (const QString &name : indexNames)
            q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));

        Rng rng(20261123);
        // Patients
        std::vector<Patient> patients;
        std::vector<qint64> patientRow;
        patients.reserve(std::size_t(patientCount));
        db.transaction();
        QSqlQuery ins(db);
        ins.prepare(QStringLiteral("INSERT INTO patients(patient_key, patient_id, name, name_display, name_fold, birth_date, sex)"
                                   " VALUES(?,?,?,?,?,?,?)"));
        QSqlQuery word(db);
        word.prepare(QStringLiteral("INSERT OR IGNORE INTO patient_words(word, patient_ref) VALUES(?,?)"));
        for (int i = 0; i < patientCount && ok; ++i) {
            Patient p;
            const bool female = rng.below(2) == 0;
            if (rng.below(100) < 6) {  // 6 %: Japanese or Korean, with ideographic and phonetic groups
                const CjkName &n = rng.pick(kCjk);
                p.raw = QString::fromUtf8(n.alphabetic) + QLatin1Char('=') + QString::fromUtf8(n.ideographic)
                        + QLatin1Char('=') + QString::fromUtf8(n.phonetic);
            } else {
                p.raw = QString::fromUtf8(rng.pick(kFamily)) + QLatin1Char('^')
                        + QString::fromUtf8(female ? rng.pick(kGivenFemale) : rng.pick(kGivenMale));
                if (rng.below(10) == 0)  // a middle name now and then
                    p.raw += QLatin1Char('^') + QString::fromUtf8(female ? rng.pick(kGivenFemale) : rng.pick(kGivenMale));
            }
            p.id = QStringLiteral("PID%1").arg(1000000 + i * 37 + rng.below(37), 8, 10, QLatin1Char('0'));
            p.birth = QDate(1925, 1, 1).addDays(rng.below(365 * 95)).toString(QStringLiteral("yyyyMMdd"));
            p.sex = rng.below(50) == 0 ? QStringLiteral("O") : (female ? QStringLiteral("F") : QStringLiteral("M"));
            const dicom::PersonName name = dicom::PersonName::fromDecoded(p.raw);
            ins.addBindValue(p.id + QLatin1Char('|') + p.raw + QLatin1Char('|') + p.birth);  // patientKey()
            ins.addBindValue(p.id);
            ins.addBindValue(p.raw);
            ins.addBindValue(name.display());
            ins.addBindValue(store::foldForSearch(p.raw.split(QLatin1Char('=')).join(QLatin1Char(' '))));
            ins.addBindValue(p.birth);
            ins.addBindValue(p.sex);
            ok = execOrFail(ins, "inserting a patient");
            patientRow.push_back(ins.lastInsertId().toLongLong());
            // The name's words, as the importer adds them with the patient (each word once).
            QStringList words = store::foldForSearch(p.raw.split(QLatin1Char('=')).join(QLatin1Char(' '))).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            words.removeDuplicates();
            for (const QString &w : words) {
                word.addBindValue(w);
                word.addBindValue(patientRow.back());
                ok = ok && execOrFail(word, "inserting a name's word");
            }
            patients.push_back(p);
        }
        ok = ok && db.commit();

        // Studies, series, instances: committed every 1,000 studies (50,000 instances).
        QSqlQuery study(db), series(db), instance(db);
        study.prepare(QStringLiteral(
            "INSERT INTO studies(study_uid, patient_ref, study_date, study_time, accession, description, description_fold,"
            " referring, modalities, series_count, instance_count, size_bytes, imported_at, last_access, remote_stored)"
            " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        series.prepare(QStringLiteral("INSERT INTO series(series_uid, study_ref, number, modality, description, body_part,"
                                      " instance_count, size_bytes) VALUES(?,?,?,?,?,?,?,?)"));
        instance.prepare(QStringLiteral(
            "INSERT INTO instances(sop_uid, series_ref, sop_class, instance_number, transfer_syntax, sha256, size_bytes,"
            " file, source, imported_at, frames) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        const QString root = QStringLiteral("1.2.826.0.1.3680043.9.7433.");
        const QDate firstDay(2011, 1, 1);
        const int days = int(firstDay.daysTo(QDate(2025, 12, 31))) + 1;
        int kindWeights[std::size(kKinds)];
        for (std::size_t k = 0; k < std::size(kKinds); ++k)
            kindWeights[k] = kKinds[k].weight + (k ? kindWeights[k - 1] : 0);
        qint64 instanceSerial = 0;
        db.transaction();
        for (int s = 0; s < studyCount && ok; ++s) {
            if (s && s % 1000 == 0) {
                ok = db.commit() && db.transaction();
                std::fprintf(stderr, "\rstrata_bench_search: building the index: %d of %d studies", s, studyCount);
            }
            const int p = rng.below(patientCount);
            const int roll = rng.below(100);
            std::size_t k = 0;
            while (roll >= kindWeights[k])
                ++k;
            const StudyKind &kind = kKinds[k];
            const QDate date = firstDay.addDays(rng.below(days));
            const QTime time(7 + rng.below(12), rng.below(60), rng.below(60));
            const QString studyUid = root + QStringLiteral("1.%1.%2.%3").arg(p).arg(s).arg(rng.next() % 1000000000000ULL);
            const QString description = QString::fromUtf8(kind.descriptions[rng.below(kind.descriptionCount)]);
            const QDateTime imported = QDateTime(date.addDays(rng.below(30)), QTime(rng.below(24), rng.below(60), rng.below(60), rng.below(1000)), Qt::UTC);
            const QDateTime accessed = imported.addSecs(qint64(rng.below(86400 * 200)));
            // 2 or 3 series sharing the study's 50 instances
            const int nSeries = 2 + rng.below(2);
            int counts[3];
            counts[0] = nSeries == 2 ? 10 + rng.below(31) : 5 + rng.below(16);
            counts[1] = nSeries == 2 ? kInstancesPerStudy - counts[0] : 10 + rng.below(16);
            counts[2] = kInstancesPerStudy - counts[0] - (nSeries == 3 ? counts[1] : 0);
            if (nSeries == 2)
                counts[2] = 0;
            QStringList modalities;
            qint64 studySize = 0;
            std::vector<qint64> seriesSizes(static_cast<std::size_t>(nSeries), 0);
            std::vector<std::vector<qint64>> sizes(static_cast<std::size_t>(nSeries));
            for (int se = 0; se < nSeries; ++se) {
                const QString m = QString::fromLatin1(kind.modalities[se]);
                if (!modalities.contains(m))
                    modalities << m;
                for (int i = 0; i < counts[se]; ++i) {
                    const qint64 base = typicalSize(m);
                    const qint64 size = base + qint64(rng.below(int(base / 50) + 1)) - base / 100;
                    sizes[std::size_t(se)].push_back(size);
                    seriesSizes[std::size_t(se)] += size;
                }
                studySize += seriesSizes[std::size_t(se)];
            }
            modalities.sort();
            study.addBindValue(studyUid);
            study.addBindValue(patientRow[std::size_t(p)]);
            study.addBindValue(date.toString(QStringLiteral("yyyyMMdd")));
            study.addBindValue(time.toString(QStringLiteral("HHmmss")));
            study.addBindValue(QStringLiteral("A%1%2").arg(date.year()).arg(100000 + s, 7, 10, QLatin1Char('0')));
            study.addBindValue(description);
            study.addBindValue(store::foldForSearch(description));
            study.addBindValue(QString::fromUtf8(rng.pick(kReferring)));
            study.addBindValue(modalities.join(QLatin1Char('\\')));
            study.addBindValue(nSeries);
            study.addBindValue(kInstancesPerStudy);
            study.addBindValue(studySize);
            study.addBindValue(iso(imported));
            study.addBindValue(iso(accessed));
            study.addBindValue(rng.below(10) < 7 ? 1 : 0);
            if (!(ok = execOrFail(study, "inserting a study")))
                break;
            const qint64 studyRow = study.lastInsertId().toLongLong();
            const QString source = QStringLiteral("/media/cdrom/DICOM/%1/").arg(QString::number(s, 16).toUpper().rightJustified(8, QLatin1Char('0')));
            for (int se = 0; se < nSeries && ok; ++se) {
                const QString m = QString::fromLatin1(kind.modalities[se]);
                series.addBindValue(studyUid + QStringLiteral(".%1").arg(se + 1));
                series.addBindValue(studyRow);
                series.addBindValue(se + 1);
                series.addBindValue(m);
                series.addBindValue(QString::fromLatin1(rng.pick(kSeriesDesc)));
                series.addBindValue(QString::fromLatin1(rng.pick(kBodyParts)));
                series.addBindValue(counts[se]);
                series.addBindValue(seriesSizes[std::size_t(se)]);
                if (!(ok = execOrFail(series, "inserting a series")))
                    break;
                const qint64 seriesRow = series.lastInsertId().toLongLong();
                const QString syntax = QString::fromLatin1(rng.pick(kSyntaxes));
                for (int i = 0; i < counts[se]; ++i) {
                    const QString sha = rng.hex(64);
                    instance.addBindValue(studyUid + QStringLiteral(".%1.%2").arg(se + 1).arg(i + 1));
                    instance.addBindValue(seriesRow);
                    instance.addBindValue(QString::fromLatin1(sopClassFor(m)));
                    instance.addBindValue(i + 1);
                    instance.addBindValue(syntax);
                    instance.addBindValue(sha);
                    instance.addBindValue(sizes[std::size_t(se)][std::size_t(i)]);
                    instance.addBindValue(sha.left(2) + QLatin1Char('/') + sha.mid(2, 2) + QLatin1Char('/') + sha
                                          + QStringLiteral(".dcm"));  // storePathFor()
                    instance.addBindValue(source + QStringLiteral("IM%1").arg(++instanceSerial % 100000, 6, 10, QLatin1Char('0')));
                    instance.addBindValue(iso(imported));
                    instance.addBindValue(1);
                    if (!(ok = execOrFail(instance, "inserting an instance")))
                        break;
                }
            }
        }
        ok = ok && db.commit();
        std::fprintf(stderr, "\nstrata_bench_search: rows in after %.1f s; creating %lld indexes\n", timer.elapsed() / 1000.0,
                     qlonglong(indexSql.size()));
        for (const QString &sql : indexSql)
            ok = ok && q.exec(sql);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.finish();
        ins.finish();
        word.finish();
        study.finish();
        series.finish();
        instance.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-build"));
    if (!ok)
        return false;
    QFile stamp(dir + QStringLiteral("/recipe.txt"));
    if (!stamp.open(QIODevice::WriteOnly))
        return false;
    stamp.write(recipe(scale));
    std::fprintf(stderr, "strata_bench_search: built %s in %.1f s\n", qPrintable(dir), timer.elapsed() / 1000.0);
    return true;
}

bool indexIsCurrent(const QString &dir, int scale)
{
    QFile stamp(dir + QStringLiteral("/recipe.txt"));
    return QFileInfo::exists(dir + QStringLiteral("/index.sqlite")) && stamp.open(QIODevice::ReadOnly)
           && stamp.readAll() == recipe(scale);
}

// ---------------------------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------------------------

struct NamedQuery {
    std::string name;
    StudyQuery query;
};

struct Latencies {
    std::vector<double> ms;
    int total = 0;
    int returned = 0;
};
std::map<std::string, Latencies> g_latencies;  // by query name, the measured run's samples

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t rank = std::size_t(std::ceil(p / 100.0 * double(v.size())));  // nearest rank
    return v[std::min(v.size() - 1, rank ? rank - 1 : 0)];
}

void BM_Search(benchmark::State &state, store::LocalCache *cache, const NamedQuery *nq, const std::string &key)
{
    Latencies lat;
    lat.ms.reserve(std::size_t(state.max_iterations));
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        auto page = cache->searchStudies(nq->query);
        const auto t1 = std::chrono::steady_clock::now();
        if (!page.ok()) {
            state.SkipWithError(page.error().message().toStdString().c_str());
            return;
        }
        const double seconds = std::chrono::duration<double>(t1 - t0).count();
        state.SetIterationTime(seconds);
        lat.ms.push_back(seconds * 1e3);
        lat.total = page.value().total;
        lat.returned = int(page.value().studies.size());
        benchmark::DoNotOptimize(page.value().studies.data());
    }
    state.counters["p50_ms"] = percentile(lat.ms, 50);
    state.counters["p95_ms"] = percentile(lat.ms, 95);
    state.counters["matches"] = lat.total;
    state.counters["returned"] = lat.returned;
    g_latencies[key] = std::move(lat);
}

/// A patient ID and an accession number that exist in the index (the middle rows).
void pickExisting(const QString &dir, int scale, QString *patientId, QString *accession)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-pick"));
        db.setDatabaseName(dir + QStringLiteral("/index.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT patient_id FROM patients WHERE id = %1").arg(kPatients * scale / 2)) && q.next())
                *patientId = q.value(0).toString();
            if (q.exec(QStringLiteral("SELECT accession FROM studies WHERE id = %1").arg(kStudies * scale / 2)) && q.next())
                *accession = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-pick"));
}

/// One index and the queries made on it.
struct Scale {
    int millions = 1;
    QString dir;
    std::unique_ptr<store::LocalCache> cache;
    std::vector<NamedQuery> queries;
    QString patientId, accession;
};

std::string label(int millions) { return std::to_string(millions) + "M"; }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    std::vector<std::unique_ptr<Scale>> scales;
    if (const QString single = qEnvironmentVariable("STRATA_BENCH_INDEX"); !single.isEmpty()) {
        scales.push_back(std::make_unique<Scale>());
        scales.back()->dir = QDir(single).absolutePath();
    } else {
        QString data = qEnvironmentVariable("STRATA_BENCH_DATA");
        if (data.isEmpty())  // <build>/tests/benchmarks/strata_bench_search -> <build>/bench-data
            data = QCoreApplication::applicationDirPath() + QStringLiteral("/../../bench-data");
        const QString list = qEnvironmentVariable("STRATA_BENCH_SEARCH_SCALES", QStringLiteral("1,10"));
        for (const QString &item : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int millions = item.trimmed().toInt();
            if (millions < 1 || millions > 100) {
                std::fprintf(stderr, "strata_bench_search: STRATA_BENCH_SEARCH_SCALES: \"%s\" is not a number of millions (1-100)\n",
                             qPrintable(item));
                return 1;
            }
            scales.push_back(std::make_unique<Scale>());
            scales.back()->millions = millions;
            scales.back()->dir = QDir(data + QStringLiteral("/index-%1M").arg(millions)).absolutePath();
        }
    }
    for (auto &sc : scales) {
        if (!indexIsCurrent(sc->dir, sc->millions)) {
            std::fprintf(stderr, "strata_bench_search: building the index of %d instances in %d studies under %s (once)\n",
                         kStudies * sc->millions * kInstancesPerStudy, kStudies * sc->millions, qPrintable(sc->dir));
            if (!buildIndex(sc->dir, sc->millions))
                return 1;
        }
        auto opened = store::LocalCache::open(sc->dir);
        if (!opened.ok()) {
            std::fprintf(stderr, "strata_bench_search: %s\n", qPrintable(opened.error().message()));
            return 1;
        }
        sc->cache = std::move(opened).value();
        if (auto n = sc->cache->instanceCount(); n.ok())
            std::fprintf(stderr, "strata_bench_search: %s holds %lld instances\n", qPrintable(sc->dir), n.value());
        pickExisting(sc->dir, sc->millions, &sc->patientId, &sc->accession);

        // The queries a user of the study browser makes (each a 100-row page, StudyQuery's default).
        auto add = [&](std::string name, auto setup) {
            StudyQuery q;
            setup(q);
            sc->queries.push_back({std::move(name), q});
        };
        using Sort = StudyQuery::Sort;
        const QString patientId = sc->patientId, accession = sc->accession;
        add("all studies, newest first (first page)", [](StudyQuery &) {});
        add("name prefix \"mul\"", [](StudyQuery &q) { q.patientName = QStringLiteral("mul"); });
        add("name without accents \"jose\"", [](StudyQuery &q) { q.patientName = QStringLiteral("jose"); });
        add("name wildcard \"o*brien*\"", [](StudyQuery &q) { q.patientName = QStringLiteral("o*brien*"); });
        add("name ideographic \"山田\"", [](StudyQuery &q) { q.patientName = QStringLiteral("山田"); });
        add("patient ID exact", [&](StudyQuery &q) { q.patientId = patientId; });
        add("accession exact", [&](StudyQuery &q) { q.accessionNumber = accession; });
        add("date range, one month", [](StudyQuery &q) { q.from = QDate(2019, 3, 1); q.to = QDate(2019, 3, 31); });
        add("modality CT + one year", [](StudyQuery &q) {
            q.modality = QStringLiteral("CT");
            q.from = QDate(2020, 1, 1);
            q.to = QDate(2020, 12, 31);
        });
        add("modality MR, all dates", [](StudyQuery &q) { q.modality = QStringLiteral("MR"); });
        add("description substring \"thorax\"", [](StudyQuery &q) { q.studyDescription = QStringLiteral("thorax"); });
        add("page at offset 5,000, by date", [](StudyQuery &q) { q.offset = 5000; });
        add("worklist: unread first, then newest", [](StudyQuery &q) {
            q.sort = Sort::ReadingStatus;
            q.descending = false;
        });
        add("not reported (unread or read), newest first", [](StudyQuery &q) {
            q.readingStatuses = {store::ReadingStatus::Unread, store::ReadingStatus::Read};
        });
        add("sorted by image count", [](StudyQuery &q) { q.sort = Sort::Instances; });
        add("page at offset 5,000, by name", [](StudyQuery &q) {
            q.offset = 5000;
            q.sort = Sort::PatientName;
            q.descending = false;
        });

        // Iterations per query: about 2 s of calls, at least 30 (for a p95), at most 1,000.
        for (const NamedQuery &nq : sc->queries) {
            std::vector<double> warm;
            for (int i = 0; i < 3; ++i) {
                const auto t0 = std::chrono::steady_clock::now();
                auto page = sc->cache->searchStudies(nq.query);
                warm.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
                if (!page.ok()) {
                    std::fprintf(stderr, "strata_bench_search: %s: %s\n", nq.name.c_str(), qPrintable(page.error().message()));
                    return 1;
                }
            }
            const double t = std::max(1e-5, percentile(warm, 50));
            const auto iterations = benchmark::IterationCount(std::clamp(2.0 / t, 30.0, 1000.0));
            benchmark::RegisterBenchmark(("BM_Search/" + label(sc->millions) + "/" + nq.name).c_str(), BM_Search,
                                         sc->cache.get(), &nq, label(sc->millions) + "/" + nq.name)
                ->UseManualTime()->Iterations(iterations)->Unit(benchmark::kMillisecond);
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    // Final table: one row per query, one column group per index.
    std::string head = "| query (100-row page) |", rule = "| --- |";
    for (const auto &sc : scales) {
        const std::string l = label(sc->millions);
        head += " matches, " + l + " | p50, " + l + " | p95, " + l + " |";
        rule += " --- | --- | --- |";
    }
    std::string table = head + " goal p95 < 20 ms |\n" + rule + " --- |\n";
    for (std::size_t qi = 0; qi < scales.front()->queries.size(); ++qi) {
        const std::string &name = scales.front()->queries[qi].name;
        std::string row = "| " + name + " |";
        bool met = true, measured = true;
        for (const auto &sc : scales) {
            auto it = g_latencies.find(label(sc->millions) + "/" + name);
            if (it == g_latencies.end()) {
                row += " – | – | – |";
                measured = false;
                continue;
            }
            const double p50 = percentile(it->second.ms, 50), p95 = percentile(it->second.ms, 95);
            met = met && p95 < 20;
            char cells[128];
            std::snprintf(cells, sizeof cells, " %s | %.2f ms | %s%.2f ms%s |", QLocale(QLocale::English).toString(it->second.total).toUtf8().constData(),
                          p50, p95 < 20 ? "" : "**", p95, p95 < 20 ? "" : "**");
            row += cells;
        }
        row += !measured ? " – |\n" : met ? " met |\n" : " **missed** |\n";
        table += row;
    }
    std::printf("\n%s\n(30 to 1,000 calls per query, about 2 s each", table.c_str());
    for (const auto &sc : scales)
        std::printf("; %s: patient ID %s, accession %s", label(sc->millions).c_str(), qPrintable(sc->patientId),
                    qPrintable(sc->accession));
    std::printf(")\n");
    if (const QString md = qEnvironmentVariable("STRATA_BENCH_SEARCH_MD"); !md.isEmpty()) {
        QFile f(md);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QByteArray::fromStdString(table));
    }
    return 0;
}
