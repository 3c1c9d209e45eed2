#pragma once
// Tests: what a grabbed or rendered image looks like, in numbers.
#include <QImage>

namespace strata::testing {

/// Variance of the grey values: near 0 for a blank image, large for a picture.
inline double variance(const QImage &image)
{
    double sum = 0, sum2 = 0;
    const double n = double(image.width()) * image.height();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const double g = qGray(image.pixel(x, y));
            sum += g;
            sum2 += g * g;
        }
    return n > 0 ? sum2 / n - (sum / n) * (sum / n) : 0;
}

} // namespace strata::testing
