#pragma once
// The index schema and its migrations: one list of steps, applied in order, recorded in
// schema_version. A new version appends a step; existing steps never change.
#include <array>

class QSqlDatabase;
class QSqlError;

namespace strata::store::detail {

/// A column added only when its table lacks it (for columns that older code added on its own).
struct ColumnAdd {
    const char *table;
    const char *column;
    const char *definition;
};

/// Rows a step derives in C++ from what the index holds (migrate() passes its connection, inside
/// the step's transaction); returns false and sets `error` on failure.
using MigrationFill = bool (*)(QSqlDatabase &db, QSqlError *error);

struct Migration {
    int version;
    const char *const *statements;
    const ColumnAdd *addColumns = nullptr;  ///< applied after the statements, up to a null table
    MigrationFill fill = nullptr;           ///< run last
};

/// Fills patient_words from every patient's name_fold (version 11; LocalCache.cpp).
bool fillPatientWords(QSqlDatabase &db, QSqlError *error);

inline constexpr const char *kV1[] = {
    "CREATE TABLE patients(id INTEGER PRIMARY KEY, patient_key TEXT NOT NULL UNIQUE, patient_id TEXT,"
    " name TEXT, name_display TEXT, name_fold TEXT, birth_date TEXT, sex TEXT)",
    "CREATE TABLE studies(id INTEGER PRIMARY KEY, study_uid TEXT NOT NULL UNIQUE,"
    " patient_ref INTEGER NOT NULL REFERENCES patients(id), study_date TEXT, study_time TEXT,"
    " accession TEXT, description TEXT, description_fold TEXT, referring TEXT, modalities TEXT,"
    " series_count INTEGER NOT NULL DEFAULT 0, instance_count INTEGER NOT NULL DEFAULT 0,"
    " size_bytes INTEGER NOT NULL DEFAULT 0, imported_at TEXT, last_access TEXT,"
    " remote_stored INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE series(id INTEGER PRIMARY KEY, series_uid TEXT NOT NULL UNIQUE,"
    " study_ref INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE, number INTEGER,"
    " modality TEXT, description TEXT, body_part TEXT, instance_count INTEGER NOT NULL DEFAULT 0,"
    " size_bytes INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE instances(id INTEGER PRIMARY KEY, sop_uid TEXT NOT NULL UNIQUE,"
    " series_ref INTEGER NOT NULL REFERENCES series(id) ON DELETE CASCADE, sop_class TEXT,"
    " instance_number INTEGER, transfer_syntax TEXT, sha256 TEXT NOT NULL, size_bytes INTEGER NOT NULL,"
    " file TEXT NOT NULL, source TEXT, imported_at TEXT, frames INTEGER NOT NULL DEFAULT 1)",
    // Files an import is about to put into the store; cleared in the transaction that indexes them.
    "CREATE TABLE pending_files(file TEXT NOT NULL, owner INTEGER NOT NULL)",
    // Files of deleted rows; removed from disk after the deleting transaction commits.
    "CREATE TABLE pending_deletes(file TEXT NOT NULL)",
    "CREATE INDEX patients_name_fold ON patients(name_fold)",
    "CREATE INDEX patients_patient_id ON patients(patient_id)",
    "CREATE INDEX studies_patient ON studies(patient_ref)",
    "CREATE INDEX studies_date ON studies(study_date)",
    "CREATE INDEX studies_accession ON studies(accession)",
    "CREATE INDEX studies_last_access ON studies(remote_stored, last_access)",
    "CREATE INDEX series_study ON series(study_ref)",
    "CREATE INDEX instances_series ON instances(series_ref)",
    "CREATE INDEX instances_file ON instances(file)",
    "CREATE INDEX pending_files_file ON pending_files(file)",
    nullptr,
};

// Version 2: the registry of remote nodes (net::NodeRegistry). Secrets are never stored here: a
// node with credentials keeps only `secret_ref`, the key of its entry in the system keychain.
inline constexpr const char *kV2[] = {
    "CREATE TABLE nodes(name TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, ae_title TEXT NOT NULL,"
    " host TEXT NOT NULL, port INTEGER NOT NULL, calling_ae_title TEXT NOT NULL,"
    " tls_enabled INTEGER NOT NULL DEFAULT 0, tls_certificate TEXT, tls_private_key TEXT,"
    " tls_trusted TEXT, tls_verify_peer INTEGER NOT NULL DEFAULT 1, dicomweb_url TEXT,"
    " auth TEXT NOT NULL DEFAULT 'none', username TEXT, secret_ref TEXT,"
    " capabilities TEXT, probed_at TEXT, created_at TEXT, updated_at TEXT)",
    nullptr,
};

// Version 3: the reading worklist (a status and a priority per study; ADD COLUMN with a constant
// default rewrites no row, so every study keeps its row and reads as Unread / Routine), key images,
// and an index for the statistics by import date.
inline constexpr const char *kV3[] = {
    "ALTER TABLE studies ADD COLUMN reading_status INTEGER NOT NULL DEFAULT 0",  // 0 Unread, 1 Read, 2 Reported
    "ALTER TABLE studies ADD COLUMN priority INTEGER NOT NULL DEFAULT 0",        // 0 Routine, 1 Urgent, 2 Stat
    "CREATE INDEX studies_status ON studies(reading_status, study_date)",
    "CREATE INDEX studies_priority ON studies(priority, study_date)",
    // One row per marked frame; removed with its study (LocalCache::deleteStudy).
    "CREATE TABLE key_images(sop_instance_uid TEXT NOT NULL, frame INTEGER NOT NULL,"
    " study_instance_uid TEXT NOT NULL, series_instance_uid TEXT NOT NULL, note TEXT,"
    " created_at TEXT NOT NULL, PRIMARY KEY(sop_instance_uid, frame))",
    "CREATE INDEX key_images_study ON key_images(study_instance_uid)",
    // Instances and their studies per import day: a range of this index, no table rows read.
    "CREATE INDEX instances_imported ON instances(imported_at, series_ref)",
    nullptr,
};

// Version 4: instances per import hour (UTC, "YYYY-MM-DDTHH") and study, kept by the importer in
// each batch's own transaction, so the statistics by import day read one row per study and hour
// instead of every instance (a year at a million instances: ~0.5–0.8 s through instances_imported,
// a few ms here). Filled from the instances already indexed; instances_imported is no longer needed.
inline constexpr const char *kV4[] = {
    "CREATE TABLE import_hours(hour TEXT NOT NULL, study_ref INTEGER NOT NULL REFERENCES studies(id) ON DELETE CASCADE,"
    " instances INTEGER NOT NULL, PRIMARY KEY(hour, study_ref)) WITHOUT ROWID",
    "INSERT INTO import_hours(hour, study_ref, instances) SELECT substr(i.imported_at, 1, 13), se.study_ref, COUNT(*)"
    " FROM instances i JOIN series se ON se.id = i.series_ref WHERE i.imported_at IS NOT NULL GROUP BY 1, 2",
    "CREATE INDEX import_hours_study ON import_hours(study_ref)",  // the cascade when a study is deleted
    "DROP INDEX instances_imported",
    nullptr,
};

// Version 5: the node registry's columns that net::NodeRegistry used to add itself whenever they
// were missing (a pinned TLS certificate; the explicit permission to authenticate over plain
// http://). An index whose registry added them already keeps them as they are.
inline constexpr const char *kV5[] = {nullptr};
inline constexpr ColumnAdd kV5Columns[] = {
    {"nodes", "tls_pinned_sha256", "TEXT NOT NULL DEFAULT ''"},
    {"nodes", "allow_insecure_auth", "INTEGER NOT NULL DEFAULT 0"},
    {nullptr, nullptr, nullptr},
};

// Version 6: measurements (modules/measure), one row each, kept by UIDs rather than by study row:
// they are the reader's work and outlive a study's deletion and re-import. `payload` is the
// measurement's JSON as measure writes it; the columns beside it are what lists and filters need.
inline constexpr const char *kV6[] = {
    "CREATE TABLE measurements(uid TEXT NOT NULL PRIMARY KEY, study_instance_uid TEXT NOT NULL,"
    " series_instance_uid TEXT, sop_instance_uid TEXT, frame INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL,"
    " author TEXT, created_at TEXT NOT NULL, modified_at TEXT NOT NULL, payload TEXT NOT NULL)",
    "CREATE INDEX measurements_study ON measurements(study_instance_uid)",
    nullptr,
};

// Version 7: the audit log (AuditLog.h), a hash chain: each row's hash covers its fields and the
// previous row's hash; ids run 1, 2, 3… The chain's head is also kept in a file beside the index.
inline constexpr const char *kV7[] = {
    "CREATE TABLE audit_log(id INTEGER PRIMARY KEY, time TEXT NOT NULL, user TEXT NOT NULL, action TEXT NOT NULL,"
    " object TEXT NOT NULL, outcome TEXT NOT NULL, peer TEXT NOT NULL, detail TEXT NOT NULL,"
    " previous_hash TEXT NOT NULL, hash TEXT NOT NULL)",
    "CREATE INDEX audit_log_time ON audit_log(time)",
    nullptr,
};

// Version 8: background sync (issue 17). Routing rules (what goes to which node, with a backup
// node), the durable job queue (one job per study and rule; times in ms since the epoch, UTC, from
// the engine's clock), the per-node circuit breakers and link state, the sync history, and the
// engine's settings (paused).
inline constexpr const char *kV8[] = {
    "CREATE TABLE sync_rules(id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " match_kind TEXT NOT NULL, match_value TEXT NOT NULL DEFAULT '', primary_node TEXT NOT NULL,"
    " backup_node TEXT NOT NULL DEFAULT '', enabled INTEGER NOT NULL DEFAULT 1, created_ms INTEGER NOT NULL)",
    "CREATE TABLE sync_jobs(id INTEGER PRIMARY KEY, study_uid TEXT NOT NULL,"
    " rule_ref INTEGER NOT NULL REFERENCES sync_rules(id) ON DELETE CASCADE, state INTEGER NOT NULL,"
    " node TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL DEFAULT 0,"
    " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL, done_ms INTEGER, last_error TEXT NOT NULL DEFAULT '',"
    " instances INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0, owner INTEGER NOT NULL DEFAULT 0,"
    " dirty INTEGER NOT NULL DEFAULT 0, interrupted INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX sync_jobs_due ON sync_jobs(state, next_attempt_ms)",
    "CREATE INDEX sync_jobs_study ON sync_jobs(study_uid, rule_ref)",
    "CREATE TABLE sync_nodes(node TEXT NOT NULL PRIMARY KEY COLLATE NOCASE, breaker INTEGER NOT NULL DEFAULT 0,"
    " failures INTEGER NOT NULL DEFAULT 0, trips INTEGER NOT NULL DEFAULT 0, open_until_ms INTEGER NOT NULL DEFAULT 0,"
    " offline_since_ms INTEGER NOT NULL DEFAULT 0, last_success_ms INTEGER NOT NULL DEFAULT 0,"
    " last_failure_ms INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE sync_events(id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, job_ref INTEGER, node TEXT NOT NULL DEFAULT '',"
    " kind TEXT NOT NULL, instances INTEGER NOT NULL DEFAULT 0, bytes INTEGER NOT NULL DEFAULT 0, detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX sync_events_at ON sync_events(at_ms)",
    "CREATE TABLE sync_settings(key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)",
    nullptr,
};

// Version 9: a lesion measurement's 3-D mask beside its JSON (measure::encodeLesionShape: the
// grid's geometry, the mask's box and its voxels as zlib-compressed bits), so that its outline
// comes back after a restart. NULL for other measurements. And the measurement reports (DICOM
// SR) whose measurements were taken into the table, each once: one deleted afterwards stays deleted.
inline constexpr const char *kV9[] = {
    "ALTER TABLE measurements ADD COLUMN mask BLOB",
    "CREATE TABLE measurement_reports(sop_instance_uid TEXT NOT NULL PRIMARY KEY, study_instance_uid TEXT NOT NULL,"
    " measurements INTEGER NOT NULL DEFAULT 0, imported_at TEXT NOT NULL)",
    nullptr,
};

// Version 10: inbound prefetch per sync rule (issue 17): what a rule fetches from its node ('' none,
// 'new' studies of the last days, 'priors' of the patients of today's studies), how far back or how
// many, when it last asked; and each study a rule fetched or tried to (fetched once: a study the user
// deletes afterwards is not fetched again; a failure is tried again after its backoff).
inline constexpr const char *kV10[] = {
    "ALTER TABLE sync_rules ADD COLUMN prefetch TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sync_rules ADD COLUMN prefetch_days INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE sync_rules ADD COLUMN prefetch_priors INTEGER NOT NULL DEFAULT 3",
    "ALTER TABLE sync_rules ADD COLUMN prefetch_checked_ms INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE sync_prefetched(rule_ref INTEGER NOT NULL REFERENCES sync_rules(id) ON DELETE CASCADE,"
    " study_uid TEXT NOT NULL, node TEXT NOT NULL DEFAULT '', ok INTEGER NOT NULL DEFAULT 0,"
    " instances INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL DEFAULT 0,"
    " updated_ms INTEGER NOT NULL, last_error TEXT NOT NULL DEFAULT '', PRIMARY KEY(rule_ref, study_uid))",
    nullptr,
};

// Version 11: the study search stays within milliseconds on a department's cache (10,000,000
// instances in 200,000 studies; docs/performance.md). Every filter of the study browser is served
// by an index instead of a test on every study or patient:
// - patient_words: each word of a patient's folded name (the importer adds them with the patient,
//   fillPatientWords for the patients already there); a name typed in the browser is a prefix
//   range of this table before the exact test on the few patients it gives;
// - study_facets: the distinct folded descriptions and modality lists with the number of studies
//   that have each, kept by triggers; a description or modality filter picks the matching values
//   here (a few hundred rows at most) and reads their studies from an index;
// - the study indexes carry the study date and time after their key, so that a page of matches
//   is sorted from the index alone and only its 100 rows are read; every sort of the browser has
//   an index in its order.
inline constexpr const char *kV11[] = {
    "CREATE TABLE patient_words(word TEXT NOT NULL, patient_ref INTEGER NOT NULL, PRIMARY KEY(word, patient_ref)) WITHOUT ROWID",
    "CREATE INDEX patient_words_patient ON patient_words(patient_ref)",
    "CREATE TRIGGER patient_words_delete AFTER DELETE ON patients BEGIN"
    " DELETE FROM patient_words WHERE patient_ref = OLD.id; END",
    "CREATE TABLE study_facets(facet TEXT NOT NULL, value TEXT NOT NULL, studies INTEGER NOT NULL,"
    " PRIMARY KEY(facet, value)) WITHOUT ROWID",
    "INSERT INTO study_facets(facet, value, studies)"
    " SELECT 'description', COALESCE(description_fold, ''), COUNT(*) FROM studies GROUP BY 2",
    "INSERT INTO study_facets(facet, value, studies)"
    " SELECT 'modalities', COALESCE(modalities, ''), COUNT(*) FROM studies GROUP BY 2",
    "CREATE TRIGGER study_facets_insert AFTER INSERT ON studies BEGIN"
    " INSERT INTO study_facets(facet, value, studies) VALUES('description', COALESCE(NEW.description_fold, ''), 1)"
    "  ON CONFLICT(facet, value) DO UPDATE SET studies = studies + 1;"
    " INSERT INTO study_facets(facet, value, studies) VALUES('modalities', COALESCE(NEW.modalities, ''), 1)"
    "  ON CONFLICT(facet, value) DO UPDATE SET studies = studies + 1; END",
    "CREATE TRIGGER study_facets_delete AFTER DELETE ON studies BEGIN"
    " UPDATE study_facets SET studies = studies - 1 WHERE facet = 'description' AND value = COALESCE(OLD.description_fold, '');"
    " UPDATE study_facets SET studies = studies - 1 WHERE facet = 'modalities' AND value = COALESCE(OLD.modalities, '');"
    " DELETE FROM study_facets WHERE facet = 'description' AND value = COALESCE(OLD.description_fold, '') AND studies <= 0;"
    " DELETE FROM study_facets WHERE facet = 'modalities' AND value = COALESCE(OLD.modalities, '') AND studies <= 0; END",
    "CREATE TRIGGER study_facets_description AFTER UPDATE OF description_fold ON studies"
    " WHEN OLD.description_fold IS NOT NEW.description_fold BEGIN"
    " UPDATE study_facets SET studies = studies - 1 WHERE facet = 'description' AND value = COALESCE(OLD.description_fold, '');"
    " DELETE FROM study_facets WHERE facet = 'description' AND value = COALESCE(OLD.description_fold, '') AND studies <= 0;"
    " INSERT INTO study_facets(facet, value, studies) VALUES('description', COALESCE(NEW.description_fold, ''), 1)"
    "  ON CONFLICT(facet, value) DO UPDATE SET studies = studies + 1; END",
    "CREATE TRIGGER study_facets_modalities AFTER UPDATE OF modalities ON studies"
    " WHEN OLD.modalities IS NOT NEW.modalities BEGIN"
    " UPDATE study_facets SET studies = studies - 1 WHERE facet = 'modalities' AND value = COALESCE(OLD.modalities, '');"
    " DELETE FROM study_facets WHERE facet = 'modalities' AND value = COALESCE(OLD.modalities, '') AND studies <= 0;"
    " INSERT INTO study_facets(facet, value, studies) VALUES('modalities', COALESCE(NEW.modalities, ''), 1)"
    "  ON CONFLICT(facet, value) DO UPDATE SET studies = studies + 1; END",
    "CREATE INDEX studies_description ON studies(description_fold, study_date, study_time)",
    "CREATE INDEX studies_modalities ON studies(modalities, study_date, study_time)",
    "DROP INDEX studies_patient",
    "CREATE INDEX studies_patient ON studies(patient_ref, study_date, study_time)",
    "DROP INDEX studies_date",
    "CREATE INDEX studies_date ON studies(study_date, study_time)",
    // Worklist sorts: status or priority either way, newest first within each (the ascending
    // order reads the negated value's index backwards), and the image count and import time.
    "DROP INDEX studies_status",
    "CREATE INDEX studies_status ON studies(reading_status, study_date, study_time)",
    "CREATE INDEX studies_status_ascending ON studies(-reading_status, study_date, study_time)",
    "DROP INDEX studies_priority",
    "CREATE INDEX studies_priority ON studies(priority, study_date, study_time)",
    "CREATE INDEX studies_priority_ascending ON studies(-priority, study_date, study_time)",
    "CREATE INDEX studies_instances ON studies(instance_count)",
    "CREATE INDEX studies_imported ON studies(imported_at)",
    nullptr,
};

// Version 12: instances withdrawn by IHE IOCM rejection notes (a key object selection titled
// Rejected for Quality Reasons, …): one row per withdrawn SOP Instance UID, whether that instance
// is in the cache yet or not, with the note that withdraws it and the note's study. Filled as
// notes are indexed; a study's deletion removes its notes' rows.
inline constexpr const char *kV12[] = {
    "CREATE TABLE rejected_instances(sop_uid TEXT NOT NULL PRIMARY KEY, note_uid TEXT NOT NULL,"
    " study_uid TEXT NOT NULL, reason TEXT NOT NULL) WITHOUT ROWID",
    "CREATE INDEX rejected_instances_study ON rejected_instances(study_uid)",
    nullptr,
};

/// Fills rejected_instances from the rejection notes the cache already holds (version 12;
/// LocalCache.cpp): their files are read again, as the index kept no more than their class.
bool fillRejectedInstances(QSqlDatabase &db, QSqlError *error);

inline constexpr std::array<Migration, 12> kMigrations{
    {{1, kV1}, {2, kV2}, {3, kV3}, {4, kV4}, {5, kV5, kV5Columns}, {6, kV6}, {7, kV7}, {8, kV8}, {9, kV9}, {10, kV10},
     {11, kV11, nullptr, fillPatientWords}, {12, kV12, nullptr, fillRejectedInstances}}};

} // namespace strata::store::detail
