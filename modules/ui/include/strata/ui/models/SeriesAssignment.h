#pragma once
/// Which stack each viewport of a layout shows when a study is opened or the layout changes: the
/// current stack first; in MPR every plane and the native slices show it; in 1×2 beside a prior,
/// the prior's matching series; otherwise the study's next stacks in turn. No widget: tested headless.
#include <strata/ui/StudyLoader.h>
#include <strata/ui/models/LayoutModel.h>

#include <vector>

namespace strata::ui {

/// A stack of the study or of its prior.
struct StackChoice {
    bool prior = false;
    int stack = -1;  ///< index into the study's (or prior's) stacks; -1: nothing
    bool operator==(const StackChoice &) const = default;
};

class SeriesAssignment {
public:
    /// One choice per cell of `layout` (a 3D cell gets the current stack too).
    static std::vector<StackChoice> assign(const LayoutModel &layout, const LoadedStudy &study, int current,
                                           const LoadedStudy *prior);
    /// The prior's series most like `stack`: the last of the same modality and description, else
    /// the prior's default (largest) stack.
    static int priorMatch(const LoadedStudy &prior, const dicom::Stack &stack);
};

} // namespace strata::ui
