// The program's parts. `strata` (launcher.cpp) links neither Qt nor any DICOM library: it reads
// its arguments and replaces itself (exec: same process, same arguments) with strata-cli for a
// command or strata-viewer for the window and `strata snapshot`, both main.cpp built without and
// with the window's code (app/CMakeLists.txt). So a command never loads Qt Widgets, VTK's
// rendering or OpenGL, and the window never loads the command line twice. The parts lie beside
// `strata` in the build folder and in libexec/strata when installed.
#pragma once

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

#include <unistd.h>

namespace strata::app {

/// True when the arguments ask for the window (no command) or `strata snapshot`, read as main.cpp
/// reads them: the global option --data-dir and the window's --open and --layout, each with its
/// value, come before or around the command. A command's own options are never looked at. Should
/// the two readings ever differ, strata-cli hands a window request on to the viewer itself and the
/// viewer runs commands too, so a difference costs one exec, never a wrong result.
inline bool wantsViewer(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--data-dir" || a == "--open" || a == "--layout") {
            ++i;
            continue;
        }
        if (a.starts_with("--data-dir="))
            continue;
        return a == "snapshot";
    }
    return true;
}

/// Replaces this process with the part `name`, looked for in each of `folders` (relative to the
/// folder of the running program) in turn, the arguments unchanged. Returns (2) only when none
/// could be started, having said on stderr which paths it tried and why they failed; with
/// `quietWhenAbsent`, says nothing when the part is simply not there (a build without it).
inline int execPart(const char *name, char **argv, std::initializer_list<const char *> folders, bool quietWhenAbsent = false)
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error) {
        std::fprintf(stderr, "strata: cannot find its own program (/proc/self/exe: %s), so not %s either\n",
                     error.message().c_str(), name);
        return 2;
    }
    std::string tried;
    int reason = ENOENT;
    for (const char *folder : folders) {
        const std::filesystem::path part = (self.parent_path() / folder / name).lexically_normal();
        ::execv(part.c_str(), argv);
        reason = errno;  // execv returns only when it failed
        tried += (tried.empty() ? "" : ", ") + part.string();
        if (reason != ENOENT)
            break;
    }
    if (quietWhenAbsent && reason == ENOENT)
        return 2;
    std::fprintf(stderr, "strata: cannot start %s (%s): %s\n", name, tried.c_str(), std::strerror(reason));
    return 2;
}

} // namespace strata::app
