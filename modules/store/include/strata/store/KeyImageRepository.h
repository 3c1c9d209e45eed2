#pragma once
/// The key images of the studies in the local cache: frames marked by the reader, with a note.
/// From StoreService::keyImages(): reads on a connection of the calling thread, writes on the
/// service's writer thread; a study's key images go when the study is deleted.
#include <strata/core/Result.h>
#include <strata/store/Records.h>

#include <memory>
#include <vector>

namespace strata::store {

class StoreService;

class KeyImageRepository {
public:
    ~KeyImageRepository();

    /// Marks a frame as key image, or updates its note (the first marking's time is kept). The
    /// study and series UIDs are taken from the index; NotFound when the instance is not here,
    /// InvalidArgument when the frame is outside the instance.
    Status setKeyImage(const KeyImage &image);
    /// Unmarks a frame; unmarking one that is not marked is not an error.
    Status removeKeyImage(const QString &sopInstanceUid, int frame);
    /// A study's key images in series, instance and frame order.
    Result<std::vector<KeyImage>> keyImages(const QString &studyInstanceUid) const;
    Result<bool> isKeyImage(const QString &sopInstanceUid, int frame) const;

private:
    friend class StoreService;
    class Private;
    KeyImageRepository();
    std::unique_ptr<Private> d;
};

} // namespace strata::store
