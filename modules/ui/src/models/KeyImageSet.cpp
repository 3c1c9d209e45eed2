#include <strata/ui/models/KeyImageSet.h>

namespace strata::ui {

bool KeyImageSet::toggle(const Image &image)
{
    if (m_images.erase(image) > 0)
        return false;
    m_images.insert(image);
    return true;
}

void KeyImageSet::revert(const Image &image, bool marked)
{
    if (marked)
        m_images.erase(image);
    else
        m_images.insert(image);
}

} // namespace strata::ui
