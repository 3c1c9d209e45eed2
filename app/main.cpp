// Strata's two parts (Parts.h): built without STRATA_WITH_GUI this is strata-cli, which runs a
// command headless on a QCoreApplication; with it, strata-viewer, which opens the window or paints
// `strata snapshot` (and runs commands too). `strata` (launcher.cpp) starts the one asked for.
#include <strata/cli/Cli.h>
#include <strata/core/Allocator.h>
#include <strata/core/Paths.h>
#include <strata/store/AuditLog.h>
#include <strata/store/StoreService.h>

#include <QCoreApplication>
#include <QTextStream>

#ifdef STRATA_WITH_GUI
#include <strata/ui/Language.h>
#include <strata/ui/MainWindow.h>
#include <strata/ui/Snapshot.h>
#include <strata/ui/StartupReport.h>
#include <strata/ui/Viewer.h>

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#endif

#include <cstdio>
#include <memory>
#include <thread>

#ifndef STRATA_WITH_GUI
#include "Parts.h"
#endif

int main(int argc, char **argv)
{
#ifdef STRATA_WITH_GUI
    const double mainStarted = strata::ui::wallClockNow();
#endif
    strata::configureAllocatorForImages();

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QString error;
    // `strata snapshot …` paints with the viewer's code, so it needs a QApplication, but never a
    // window: it always runs on the "offscreen" platform (no display needed, and the same picture
    // with or without one) unless QT_QPA_PLATFORM names another. Its options (--layout among them)
    // are its own.
    {
        QStringList command = arguments;
        if (!strata::cli::takeGlobalOptions(command, &error)) {
            std::fprintf(stderr, "strata: %s\n", qPrintable(error));
            return 2;
        }
        if (!command.isEmpty() && command.first() == QLatin1String("snapshot")) {
#ifdef STRATA_WITH_GUI
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            QApplication::setApplicationName(QStringLiteral("strata"));
            QApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
            QTextStream out(stdout);
            QTextStream err(stderr);
            command.removeFirst();
            const int rc = strata::ui::runSnapshot(command, out, err);
            out.flush();
            err.flush();
            return rc;
#elif defined(STRATA_VIEWER_PART)
            return strata::app::execPart("strata-viewer", argv, {"."});
#else
            std::fprintf(stderr, "strata: snapshot needs the GUI build (it paints with the viewer)\n");
            return 2;
#endif
        }
    }

    // --open <folder> is a GUI option; everything else that is not a global option is a command.
    QString openFolder;
    QStringList rest = arguments;
    const qsizetype openAt = rest.indexOf(QStringLiteral("--open"));
    if (openAt >= 0 && openAt + 1 < rest.size()) {
        openFolder = rest.at(openAt + 1);
        rest.remove(openAt, 2);
    }
    // --layout 1x1|1x2|2x1|2x2|mpr: the viewer's layout (else the one used last).
    QString layout;
    const qsizetype layoutAt = rest.indexOf(QStringLiteral("--layout"));
    if (layoutAt >= 0 && layoutAt + 1 < rest.size()) {
        layout = rest.at(layoutAt + 1);
        rest.remove(layoutAt, 2);
    }
    QStringList afterGlobals = rest;
    if (!strata::cli::takeGlobalOptions(afterGlobals, &error)) {
        std::fprintf(stderr, "strata: %s\n", qPrintable(error));
        return 2;
    }

    if (strata::cli::isHeadless(afterGlobals)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("strata"));
        QCoreApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int rc = strata::cli::run(afterGlobals, out, err);
        out.flush();
        err.flush();
        return rc;
    }

#ifdef STRATA_WITH_GUI
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Strata"));
    QApplication::setOrganizationName(QStringLiteral("Strata"));
    QApplication::setApplicationVersion(QStringLiteral(STRATA_VERSION));
    strata::store::setDefaultAuditLog(true);  // what the window does is recorded in the data directory's audit log
    // The system locale's language, or the one chosen in Settings.
    strata::ui::installLanguage();
    // The store service of the data directory, held for the window's lifetime so that its start-up
    // work (migrations, crash recovery) runs once in this process; started off the GUI thread
    // (views that open the cache meanwhile wait for it and share it).
    std::shared_ptr<strata::store::StoreService> store;
    std::thread storeStart([&store, dataDir = strata::paths::dataDir()] {
        if (auto opened = strata::store::StoreService::open(dataDir); opened.ok())
            store = opened.value();
    });
    struct Join {
        std::thread &thread;
        ~Join() { thread.join(); }
    } joinStoreStart{storeStart};
    strata::ui::MainWindow window;
    if (!layout.isEmpty()) {
        const auto chosen = strata::ui::Viewer::layoutFromKey(layout);
        if (!chosen) {
            std::fprintf(stderr, "strata: unknown layout \"%s\" (1x1, 1x2, 2x1, 2x2 or mpr)\n", qPrintable(layout));
            return 2;
        }
        window.viewer()->setLayoutMode(*chosen);
        window.viewer()->keepLayoutForNextStudy();   // asked for by name: over a hanging protocol
    }
    strata::ui::installStartupReport(window, mainStarted, !openFolder.isEmpty());
    window.showAsLeft();
    if (!openFolder.isEmpty())
        window.openFolder(openFolder);
    return app.exec();
#elif defined(STRATA_VIEWER_PART)
    return strata::app::execPart("strata-viewer", argv, {"."});
#else
    std::fprintf(stderr, "strata: built without the GUI; run `strata --help` for the commands\n");
    return 2;
#endif
}
