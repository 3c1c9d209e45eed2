#pragma once
/// The key images of the study shown, as (SOP Instance UID, frame). A toggle shows at once; the
/// store is written in the background, and a write that failed puts the mark back as it was.
/// No widget: tested headless.
#include <QString>

#include <set>
#include <utility>

namespace strata::ui {

class KeyImageSet {
public:
    using Image = std::pair<QString, int>;  ///< (SOP Instance UID, frame)

    /// The marks of a newly opened study (as the store holds them).
    void reset(std::set<Image> images) { m_images = std::move(images); }
    bool contains(const Image &image) const { return m_images.count(image) > 0; }
    const std::set<Image> &images() const { return m_images; }

    /// Marks an unmarked image, unmarks a marked one; returns whether it is marked now.
    bool toggle(const Image &image);
    /// Storing a toggle failed: the image goes back to how it was before (`marked`: what the toggle
    /// had made it).
    void revert(const Image &image, bool marked);

private:
    std::set<Image> m_images;
};

} // namespace strata::ui
