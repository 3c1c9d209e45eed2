#pragma once
/// The VTK side of the 3D view: one offscreen render window, renderer, CPU ray-cast mapper and
/// transfer functions, reused from frame to frame. Lives on (and is used only from) the render thread.
#include <strata/core/Result.h>
#include <strata/render3d/RenderRequest.h>

#include <memory>

namespace strata::render3d {

class VtkScene {
public:
    VtkScene();
    ~VtkScene();
    VtkScene(const VtkScene &) = delete;
    VtkScene &operator=(const VtkScene &) = delete;

    /// Renders `request` with the given image sample distance (1: a ray per pixel; larger: fewer
    /// rays, the picture interpolated). Interactive requests also step twice as far along each ray.
    Result<Frame> render(const RenderRequest &request, double imageSampleDistance);
    void setThreads(int threads);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// The volume's lowest and highest value (computed once per volume by the scene; exposed for tests).
std::pair<float, float> valueRange(const dicom::Volume &volume);

} // namespace strata::render3d
