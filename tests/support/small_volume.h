#pragma once
// Tests of a full disk on Strata's side: the test runs in a user + mount namespace of its own,
// where it may mount a small tmpfs without privileges, entered by executing itself again under
// `unshare -rm`; the volume is then filled with a file of zeros.
#include <QDir>
#include <QFile>
#include <QString>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>
#include <vector>

namespace strata::testing {

/// Executes the test again under `unshare -rm` unless the environment holds `flag` (set for the
/// second run). Returns only in the namespace (true), or when unshare could not be run (false,
/// with why on stderr): such a test fails, it never skips.
inline bool enterMountNamespace(const char *flag, int argc, char **argv)
{
    if (std::getenv(flag))
        return true;
    ::setenv(flag, "1", 1);
    std::vector<char *> args{const_cast<char *>("unshare"), const_cast<char *>("-rm"), const_cast<char *>("--")};
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    ::execvp("unshare", args.data());
    std::fprintf(stderr, "FAIL: cannot run `unshare -rm` (%s): this test mounts a small tmpfs in a user + mount namespace of its own\n",
                 std::strerror(errno));
    return false;
}

/// Mounts a tmpfs of `megabytes` on `dir` (made if need be), in the namespace that
/// enterMountNamespace(`flag`, …) entered. Empty, or why not.
inline QString mountSmallVolume(const QString &dir, int megabytes, const char *flag)
{
    if (!std::getenv(flag))
        return QStringLiteral("not in the mount namespace main() should have entered (%1 is not set)").arg(QString::fromLatin1(flag));
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot make %1").arg(dir);
    const QByteArray options = "size=" + QByteArray::number(megabytes) + "m";
    if (::mount("strata-test", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) != 0)
        return QStringLiteral("cannot mount a %1 MB tmpfs in the test's mount namespace: %2").arg(megabytes).arg(QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

inline void unmountSmallVolume(const QString &dir) { ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH); }

/// Writes zeros into `path` until the volume is full, the last bytes one smaller write at a time;
/// the bytes written, -1 if the file cannot be made.
inline qint64 fillUp(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return -1;
    const QByteArray chunk(64 * 1024, '\0');
    qint64 total = 0;
    for (qint64 n = chunk.size(); n > 0;) {
        const qint64 w = f.write(chunk.constData(), n);
        if (w > 0)
            total += w;
        else
            n /= 2;
    }
    return total;
}

} // namespace strata::testing
