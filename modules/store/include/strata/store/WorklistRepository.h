#pragma once
/// The reading worklist's writes: a study's reading status and priority, and what opening a study
/// in the viewer records. From StoreService::worklist(); searching the worklist is a study search
/// (LocalCache::searchStudies with StudyQuery's status and priority filters).
#include <strata/core/Result.h>
#include <strata/store/Records.h>

#include <memory>

namespace strata::store {

class StoreService;

class WorklistRepository {
public:
    ~WorklistRepository();

    /// Sets a study's reading status / priority (NotFound when the study is not here).
    Status setReadingStatus(const QString &studyInstanceUid, ReadingStatus status);
    Status setPriority(const QString &studyInstanceUid, Priority priority);
    /// What the viewer calls when it opens a study: an Unread study becomes Read (Read and Reported
    /// stay as they are) and its last access is recorded (as LocalCache::touch()), in one
    /// transaction. Returns whether the status changed (NotFound when the study is not here).
    Result<bool> markOpened(const QString &studyInstanceUid);

private:
    friend class StoreService;
    class Private;
    WorklistRepository();
    std::unique_ptr<Private> d;
};

} // namespace strata::store
