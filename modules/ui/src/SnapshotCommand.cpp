#include <strata/ui/Snapshot.h>

#include <strata/core/Numbers.h>
#include <strata/core/Paths.h>
#include <strata/dicom/Volume.h>
#include <strata/imaging/CurvedReformat.h>
#include <strata/imaging/SeriesVolume.h>
#include <strata/render3d/VolumeRenderer.h>
#include <strata/ui/Viewer.h>
#include <strata/ui/Viewport.h>
#include <strata/ui/models/MprModel.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace strata::ui {
namespace {

/// How long loading, decoding and reslicing may take before the command gives up.
constexpr int kLoadSeconds = 300;

void printUsage(QTextStream &out)
{
    out << "Usage: strata snapshot <file|folder|study uid> [--view native|axial|coronal|sagittal|3d|curved] [--slice N]\n"
           "                       [--size WxH] [--overlays none|all] [--layout 1x1|1x2|2x1|2x2|mpr]\n"
           "                       [--preset NAME] [--azimuth D] [--elevation D] [--clip-box BOX] [--fuse N] --out F.png\n\n"
           "Renders a view as the viewer shows it into a PNG, without a window. A study UID is looked up\n"
           "in the local cache (--data-dir). --view native without --size: one picture pixel per image\n"
           "pixel (columns x rows), the viewer's default window, MONOCHROME1 (or INVERSE) inverted, no overlays.\n"
           "  --view      native slices (default) or an MPR plane of the volume (1x1 layout only)\n"
           "  --slice N   the N-th slice, from 1 (native: as the overlay counts; a plane: steps along its\n"
           "              normal from the volume's first); default: the viewer's (the middle one)\n"
           "  --size WxH  the picture's size (default: the image's own size; 1024x1024 for a grid)\n"
           "  --overlays  none (default for native) or all (corner text, orientation letters, scale bar)\n"
           "  --layout    the viewer's grid (default 1x1); other grids show what the viewer puts in them\n"
           "  --view 3d   the volume rendered in 3D (needs an X display, e.g. xvfb-run), from the front\n"
           "              (patient right on the left, head at the top); default size 512x512\n"
           "  --preset    3D preset: ct-bone, ct-soft-tissue, ct-lung, ct-angio, mr-default, pet, mip, minip,\n"
           "              average (default: by modality); mip at azimuth 0, elevation 0 is the parallel MIP\n"
           "  --azimuth D, --elevation D  turn the 3D camera (degrees; azimuth towards the patient's left)\n"
           "  --clip-box  keep only what lies in xmin,xmax,ymin,ymax,zmin,zmax (patient LPS, mm)\n"
           "  --fuse N    the study's series N (a PET) fused over the views of its frame of reference, as\n"
           "              View → Fusion does (2D and MPR)\n"
           "  --view curved --path X,Y,Z;X,Y,Z;...  the curved reformat along the smooth path through\n"
           "              those points (patient LPS, mm; two at least), as the Curved Reformat window shows\n"
           "              it, one picture pixel per finest voxel spacing:\n"
           "  --mode      straightened (default: the path along the middle row) or stretched (panoramic)\n"
           "  --angle D   straightened: turned D degrees about the path\n"
           "  --width MM  how far across the path (default 60)   --thickness MM  MIP across the picture\n"
           "  --down X,Y,Z  the direction down the picture (default: as on an axial slice: the feet when\n"
           "              stretched, posterior when straightened, or the patient's left for a path down the body)\n";
}

struct Options {
    QString input;
    QString view = QStringLiteral("native");
    std::optional<int> slice;
    QSize size;
    std::optional<bool> overlays;
    QString layout = QStringLiteral("1x1");
    QString out;
    QString preset;
    double azimuth = 0;
    double elevation = 0;
    bool turned = false;
    std::optional<std::array<double, 6>> clipBox;
    std::optional<int> fuse;   ///< the series number of the study's volume fused over the views
    std::vector<imaging::Vec3> path;     ///< --view curved: the points of the path
    imaging::CurvedOptions curved;
    std::optional<imaging::Vec3> down;
    bool curvedOption = false;           ///< an option of the curved view was given
};

/// `N` finite numbers separated by commas ("1.5,-2,3"); none when the text is not that.
template <std::size_t N>
std::optional<std::array<double, N>> numbersFrom(const QString &text)
{
    const auto numbers = commaSeparatedNumbers(text, int(N));
    if (!numbers)
        return std::nullopt;
    std::array<double, N> values{};
    std::copy(numbers->begin(), numbers->end(), values.begin());
    return values;
}

/// "x,y,z" as a point; none when it is not three finite numbers.
std::optional<imaging::Vec3> pointFrom(const QString &text) { return numbersFrom<3>(text); }

/// Parses the arguments; returns an error message (empty: fine).
QString parse(const QStringList &arguments, Options &o)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        auto value = [&](QString *v) {
            if (i + 1 >= arguments.size())
                return false;
            *v = arguments.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("--view") || a == QLatin1String("--slice") || a == QLatin1String("--size")
            || a == QLatin1String("--overlays") || a == QLatin1String("--layout") || a == QLatin1String("--out")
            || a == QLatin1String("--preset") || a == QLatin1String("--azimuth") || a == QLatin1String("--elevation")
            || a == QLatin1String("--clip-box") || a == QLatin1String("--fuse") || a == QLatin1String("--path")
            || a == QLatin1String("--mode") || a == QLatin1String("--angle") || a == QLatin1String("--width")
            || a == QLatin1String("--thickness") || a == QLatin1String("--down")) {
            if (!value(&v))
                return QStringLiteral("%1 needs a value").arg(a);
            if (a == QLatin1String("--view")) {
                if (v != QLatin1String("native") && v != QLatin1String("axial") && v != QLatin1String("coronal")
                    && v != QLatin1String("sagittal") && v != QLatin1String("3d") && v != QLatin1String("curved"))
                    return QStringLiteral("unknown view \"%1\" (native, axial, coronal, sagittal, 3d or curved)").arg(v);
                o.view = v;
            } else if (a == QLatin1String("--path")) {
                o.path.clear();
                for (const QString &point : v.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                    const auto p = pointFrom(point);
                    if (!p)
                        return QStringLiteral("--path needs points X,Y,Z;X,Y,Z;... in mm, not \"%1\"").arg(point);
                    o.path.push_back(*p);
                }
            } else if (a == QLatin1String("--down")) {
                o.down = pointFrom(v);
                if (!o.down || imaging::dot(*o.down, *o.down) < 1e-12)
                    return QStringLiteral("--down needs a direction X,Y,Z (not of zero length), not \"%1\"").arg(v);
                o.curvedOption = true;
            } else if (a == QLatin1String("--mode")) {
                if (v != QLatin1String("straightened") && v != QLatin1String("stretched"))
                    return QStringLiteral("--mode is straightened or stretched, not \"%1\"").arg(v);
                o.curved.mode = v == QLatin1String("stretched") ? imaging::CurvedMode::Stretched : imaging::CurvedMode::Straightened;
                o.curvedOption = true;
            } else if (a == QLatin1String("--angle") || a == QLatin1String("--width") || a == QLatin1String("--thickness")) {
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (!ok || !std::isfinite(d) || (a != QLatin1String("--angle") && (d < 0 || d > 1000)))
                    return QStringLiteral("%1 needs %2, not \"%3\"").arg(a, a == QLatin1String("--angle") ? QStringLiteral("degrees") : QStringLiteral("millimetres (0 to 1000)"), v);
                (a == QLatin1String("--angle") ? o.curved.angleDeg : a == QLatin1String("--width") ? o.curved.widthMm : o.curved.thicknessMm) = d;
                o.curvedOption = true;
            } else if (a == QLatin1String("--preset")) {
                if (!render3d::findPreset(v))
                    return QStringLiteral("unknown preset \"%1\" (ct-bone, ct-soft-tissue, ct-lung, ct-angio, mr-default, pet, "
                                          "mip, minip or average)").arg(v);
                o.preset = v;
            } else if (a == QLatin1String("--azimuth") || a == QLatin1String("--elevation")) {
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (!ok || !std::isfinite(d))
                    return QStringLiteral("%1 needs degrees, not \"%2\"").arg(a, v);
                (a == QLatin1String("--azimuth") ? o.azimuth : o.elevation) = d;
                o.turned = true;
            } else if (a == QLatin1String("--clip-box")) {
                const auto box = numbersFrom<6>(v);
                if (!box || (*box)[0] > (*box)[1] || (*box)[2] > (*box)[3] || (*box)[4] > (*box)[5])
                    return QStringLiteral("--clip-box needs xmin,xmax,ymin,ymax,zmin,zmax in mm with each min <= max, not \"%1\"").arg(v);
                o.clipBox = *box;
            } else if (a == QLatin1String("--fuse")) {
                bool ok = false;
                const int n = v.toInt(&ok);
                if (!ok)
                    return QStringLiteral("--fuse needs a series number, not \"%1\"").arg(v);
                o.fuse = n;
            } else if (a == QLatin1String("--slice")) {
                bool ok = false;
                const int n = v.toInt(&ok);
                if (!ok || n < 1)
                    return QStringLiteral("--slice needs a slice number from 1, not \"%1\"").arg(v);
                o.slice = n;
            } else if (a == QLatin1String("--size")) {
                static const QRegularExpression re(QStringLiteral("^(\\d{1,5})x(\\d{1,5})$"));
                const auto m = re.match(v);
                const int w = m.hasMatch() ? m.captured(1).toInt() : 0, h = m.hasMatch() ? m.captured(2).toInt() : 0;
                if (w < 1 || h < 1 || w > 16384 || h > 16384)
                    return QStringLiteral("--size needs WxH (e.g. 512x512, at most 16384x16384), not \"%1\"").arg(v);
                o.size = QSize(w, h);
            } else if (a == QLatin1String("--overlays")) {
                if (v != QLatin1String("none") && v != QLatin1String("all"))
                    return QStringLiteral("--overlays is none or all, not \"%1\"").arg(v);
                o.overlays = v == QLatin1String("all");
            } else if (a == QLatin1String("--layout")) {
                if (!Viewer::layoutFromKey(v))
                    return QStringLiteral("unknown layout \"%1\" (1x1, 1x2, 2x1, 2x2 or mpr)").arg(v);
                o.layout = v;
            } else {
                o.out = v;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            return QStringLiteral("unknown option %1").arg(a);
        } else if (o.input.isEmpty()) {
            o.input = a;
        } else {
            return QStringLiteral("one input only (\"%1\" and \"%2\")").arg(o.input, a);
        }
    }
    if (o.input.isEmpty())
        return QStringLiteral("which file, folder or study UID?");
    if (o.out.isEmpty())
        return QStringLiteral("--out <file.png> is needed");
    if (o.view != QLatin1String("3d") && (!o.preset.isEmpty() || o.turned || o.clipBox))
        return QStringLiteral("--preset, --azimuth, --elevation and --clip-box go with --view 3d");
    if (o.view == QLatin1String("3d") && o.slice)
        return QStringLiteral("--slice does not go with --view 3d");
    if (o.view == QLatin1String("3d") && o.fuse)
        return QStringLiteral("--fuse does not go with --view 3d");
    const bool curved = o.view == QLatin1String("curved");
    if (curved && o.path.size() < 2)
        return QStringLiteral("--view curved needs --path with two points at least");
    if (!curved && (!o.path.empty() || o.curvedOption))
        return QStringLiteral("--path, --mode, --angle, --width, --thickness and --down go with --view curved");
    if (curved && (o.slice || o.fuse))
        return QStringLiteral("--slice and --fuse do not go with --view curved");
    if (o.view != QLatin1String("native") && o.layout != QLatin1String("1x1"))
        return QStringLiteral("--view %1 needs the 1x1 layout (other layouts show what the viewer puts in them)").arg(o.view);
    return {};
}

imaging::PlaneOrientation planeOf(const QString &view)
{
    if (view == QLatin1String("coronal"))
        return imaging::PlaneOrientation::Coronal;
    if (view == QLatin1String("sagittal"))
        return imaging::PlaneOrientation::Sagittal;
    return imaging::PlaneOrientation::Axial;
}

/// Runs the event loop until `done()` or the deadline; returns whether `done()` became true.
template <typename F>
bool waitFor(F done, QDeadlineTimer deadline)
{
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!done())
            QThread::msleep(5);
    }
    return true;
}

/// The cells' rectangles in a picture of `size`, as the viewer's grid lays them out (2 px apart;
/// rows share the height equally, columns the width by their stretch).
std::vector<QRect> cellRects(const LayoutModel &layout, QSize size)
{
    constexpr int gap = 2;
    const int rows = std::max(1, layout.rows()), columns = std::max(1, layout.columns());
    std::vector<int> x(std::size_t(columns) + 1, 0), y(std::size_t(rows) + 1, 0);
    int stretchSum = 0;
    for (int c = 0; c < columns; ++c)
        stretchSum += std::max(1, layout.columnStretch(c));
    const int freeW = size.width() - gap * (columns - 1), freeH = size.height() - gap * (rows - 1);
    int acc = 0;
    for (int c = 0; c < columns; ++c) {
        acc += std::max(1, layout.columnStretch(c));
        x[std::size_t(c) + 1] = int(std::lround(double(freeW) * acc / stretchSum)) + gap * (c + 1);
    }
    for (int r = 0; r < rows; ++r)
        y[std::size_t(r) + 1] = int(std::lround(double(freeH) * (r + 1) / rows)) + gap * (r + 1);
    std::vector<QRect> out;
    for (const LayoutCell &cell : layout.cells()) {
        const int left = x[std::size_t(cell.column)], top = y[std::size_t(cell.row)];
        const int right = x[std::size_t(cell.column + cell.columnSpan)] - gap, bottom = y[std::size_t(cell.row + cell.rowSpan)] - gap;
        out.push_back(QRect(QPoint(left, top), QPoint(right - 1, bottom - 1)));
    }
    return out;
}

/// Moves the MPR point so that `plane` is the `n`-th (from 1) plane along its normal, counted in
/// scroll steps from the volume's first corner. Returns the number of planes there are (nothing
/// moves when `n` is past them).
int moveToPlane(MprModel &model, const dicom::Volume &volume, imaging::PlaneOrientation plane, int n)
{
    const imaging::Vec3 normal = model.plane(plane).normal();
    double lowest = std::numeric_limits<double>::max(), highest = std::numeric_limits<double>::lowest();
    for (int corner = 0; corner < 8; ++corner) {
        const auto p = volume.patientPosition((corner & 1) ? volume.dimensions[0] - 1 : 0, (corner & 2) ? volume.dimensions[1] - 1 : 0,
                                              (corner & 4) ? volume.dimensions[2] - 1 : 0);
        const double along = imaging::dot(imaging::Vec3{p[0], p[1], p[2]}, normal);
        lowest = std::min(lowest, along);
        highest = std::max(highest, along);
    }
    const double step = model.scrollStep(plane);
    const int count = step > 0 ? int(std::floor((highest - lowest) / step + 1e-6)) + 1 : 1;
    if (n > count)
        return count;
    const imaging::Vec3 c = model.center();
    const double shift = lowest + (n - 1) * step - imaging::dot(c, normal);
    model.setCenter(imaging::Vec3{c[0] + shift * normal[0], c[1] + shift * normal[1], c[2] + shift * normal[2]});
    return count;
}

} // namespace

int runSnapshot(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))) {
        printUsage(out);
        return 0;
    }
    Options o;
    if (const QString problem = parse(arguments, o); !problem.isEmpty()) {
        err << "strata snapshot: " << problem << "\n";
        return 2;
    }
    const bool curved = o.view == QLatin1String("curved");
    const bool native = o.view == QLatin1String("native") || curved;  // a curved reformat of the series shown natively
    const bool view3d = o.view == QLatin1String("3d");
    if (view3d) {
        if (const QString problem = render3d::VolumeRenderer::displayProblem(); !problem.isEmpty()) {
            err << "strata snapshot: --view 3d: " << problem << "\n";
            return 1;
        }
    }
    const bool single = o.layout == QLatin1String("1x1");
    const bool overlays = o.overlays.value_or(!(native && single));

    // The data directory comes from the user's settings; the viewer's settings are its defaults.
    const QString dataDir = paths::dataDir();
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    const QFileInfo file(o.input);
    static const QRegularExpression uidPattern(QStringLiteral("^[0-9]+(\\.[0-9]+)+$"));
    if (!file.exists() && !uidPattern.match(o.input).hasMatch()) {
        err << "strata snapshot: " << o.input << ": no such file or folder (nor a study UID)\n";
        return 1;
    }

    Viewer viewer(dataDir);
    viewer.setLayoutMode(*Viewer::layoutFromKey(o.layout));
    if (!native && !view3d)
        viewer.setLayoutCells({LayoutCell{0, 0, 1, 1, ViewKind::MprPlane, planeOf(o.view)}});

    bool loaded = false;
    QString failure;
    QObject::connect(&viewer, &Viewer::studyLoaded, &viewer, [&loaded] { loaded = true; });
    QObject::connect(&viewer, &Viewer::loadFailed, &viewer, [&failure](const QString &message) { failure = message; });
    if (file.exists())
        viewer.openPaths({file.absoluteFilePath()});
    else
        viewer.openStudy(o.input);
    const QDeadlineTimer deadline(kLoadSeconds * 1000);
    if (!waitFor([&] { return loaded || !failure.isEmpty(); }, deadline)) {
        err << "strata snapshot: " << o.input << ": not loaded within " << kLoadSeconds << " s\n";
        return 1;
    }
    if (!failure.isEmpty()) {
        err << "strata snapshot: " << (failure.contains(o.input) ? failure : o.input + QStringLiteral(": ") + failure) << "\n";
        return 1;
    }
    const auto study = viewer.study();
    Viewport *first = viewer.viewport(0);
    if (!study || study->stacks.empty() || !first->series()) {
        err << "strata snapshot: " << o.input << ": no image to show";
        if (study && !study->problems.isEmpty())
            err << " (" << study->problems.first() << ")";
        err << "\n";
        return 1;
    }
    if ((!native || curved) && first->series()->sliceCount() < 2) {
        err << "strata snapshot: " << o.input << ": --view " << o.view << " needs a volume; this series has one image\n";
        return 1;
    }
    if ((!native || curved) && (!first->series()->isFullVolume() || first->series()->isColor())) {
        err << "strata snapshot: " << o.input << ": --view " << o.view << ": this series is not read as a volume"
            << (first->series()->isColor() ? " (colour images are 2D only)" : " (too large for the memory budget)") << "\n";
        return 1;
    }

    const int count = viewer.viewportCount();
    auto settled = [&] {
        for (int i = 0; i < count; ++i)
            if (!viewer.viewport(i)->isSettled())
                return false;
        return true;
    };
    if (!waitFor(settled, deadline)) {
        err << "strata snapshot: " << o.input << ": the image was not ready within " << kLoadSeconds << " s\n";
        return 1;
    }
    if (o.slice) {
        if (native) {
            if (*o.slice > first->sliceCount()) {
                err << "strata snapshot: " << o.input << ": --slice " << *o.slice << " is past the last slice ("
                    << first->sliceCount() << ")\n";
                return 2;
            }
            first->setSlice(*o.slice - 1);
        } else if (viewer.mprModel()->isValid() && first->series()->volume()) {
            const int planes = moveToPlane(*viewer.mprModel(), *first->series()->volume(), planeOf(o.view), *o.slice);
            if (*o.slice > planes) {
                err << "strata snapshot: " << o.input << ": --slice " << *o.slice << " is past the last " << o.view << " plane ("
                    << planes << ")\n";
                return 2;
            }
        }
        if (!waitFor(settled, deadline)) {
            err << "strata snapshot: " << o.input << ": the slice was not ready within " << kLoadSeconds << " s\n";
            return 1;
        }
    }
    if (o.fuse) {
        // The study's series of that number fused over the views of its frame of reference.
        const auto fused = std::find_if(study->stacks.begin(), study->stacks.end(),
                                        [&](const dicom::Stack &s) { return s.seriesNumber == *o.fuse && s.isVolume(); });
        if (fused == study->stacks.end()) {
            err << "strata snapshot: " << o.input << ": --fuse " << *o.fuse << ": the study has no volume of that series number\n";
            return 2;
        }
        viewer.setFusion(imaging::stackKey(*fused));
        if (viewer.fusionKey().isEmpty() || !first->fusion()) {
            err << "strata snapshot: " << o.input << ": --fuse " << *o.fuse << ": "
                << (viewer.fusionKey().isEmpty() ? QStringLiteral("it is too large for the memory budget")
                                                 : QStringLiteral("it is not of the shown series' frame of reference"))
                << "\n";
            return 1;
        }
        const auto fusedShown = [&] {
            for (int i = 0; i < count; ++i)
                if (viewer.viewport(i)->fusion() && viewer.viewport(i)->fusionPicture().isNull())
                    return false;
            return true;
        };
        if (!waitFor(fusedShown, deadline)) {
            err << "strata snapshot: " << o.input << ": the fused series was not ready within " << kLoadSeconds << " s\n";
            return 1;
        }
    }
    for (int i = 0; i < count; ++i) {
        viewer.viewport(i)->setOverlaysVisible(overlays);
        viewer.viewport(i)->setReferenceLinesVisible(overlays);
    }
    if (!first->hasImage()) {
        const QString why = first->series()->error().message();
        err << "strata snapshot: " << o.input << ": the image could not be shown" << (why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why))
            << "\n";
        return 1;
    }

    QImage picture;
    if (curved) {
        const auto series = first->series();
        if (!waitFor([&] { return series->volume() != nullptr || !series->error().message().isEmpty(); }, deadline) || !series->volume()) {
            const QString why = series->error().message();
            err << "strata snapshot: " << o.input << ": no volume to reformat" << (why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why)) << "\n";
            return 1;
        }
        imaging::CurvedOptions options = o.curved;
        // As if laid on an axial slice (rows to the patient's left, columns to the back).
        options.down = o.down.value_or(imaging::downOnImage(o.path, options.mode, {1, 0, 0}, {0, 1, 0}));
        const auto reformat = imaging::curvedReformat(*series->volume(), o.path, options);
        if (!reformat.ok()) {
            err << "strata snapshot: " << o.input << ": no curved reformat: " << reformat.error().reason << "\n";
            return 1;
        }
        const imaging::CurvedImage &image = reformat.value();
        imaging::WindowLevel window = first->window();
        const imaging::Image8 grey = imaging::windowImage(image.pixels.data(), image.width, image.height, window);
        picture = QImage(grey.pixels.data(), grey.width, grey.height, grey.width, QImage::Format_Grayscale8).copy();
        if (!o.size.isEmpty())
            picture = picture.scaled(o.size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        out << (image.mode == imaging::CurvedMode::Straightened ? "straightened along " : "stretched over ")
            << QString::number(image.length, 'f', 1) << " mm, " << QString::number(image.spacing, 'f', 2) << " mm a pixel\n";
    } else if (view3d) {
        const auto series = first->series();
        if (!waitFor([&] { return series->volume() != nullptr || !series->error().message().isEmpty(); }, deadline) || !series->volume()) {
            const QString why = series->error().message();
            err << "strata snapshot: " << o.input << ": no volume to render in 3D" << (why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why))
                << "\n";
            return 1;
        }
        render3d::RenderRequest request;
        request.volume = series->volume();
        const QString modality = series->header(0).modality;
        const QString presetName = !o.preset.isEmpty()                    ? o.preset
                                   : modality == QLatin1String("CT")      ? QStringLiteral("ct-bone")
                                   : modality == QLatin1String("MR")      ? QStringLiteral("mr-default")
                                   : modality == QLatin1String("PT")      ? QStringLiteral("pet")
                                                                          : QStringLiteral("mip");
        request.preset = *render3d::findPreset(presetName);
        request.camera.azimuth = o.azimuth;
        request.camera.elevation = o.elevation;
        request.clipBox = o.clipBox;
        request.size = o.size.isEmpty() ? QSize(512, 512) : o.size;
        request.orientationMarker = o.overlays.value_or(false);
        render3d::VolumeRenderer renderer;
        auto frame = renderer.renderSync(request);
        if (!frame.ok()) {
            err << "strata snapshot: " << o.input << ": " << frame.error().message() << "\n";
            return 1;
        }
        picture = frame.value().image;
    } else if (single) {
        // Native without a size: the stored matrix, one to one; a plane: one pixel per finest spacing.
        const bool onePerPixel = native && o.size.isEmpty();
        const QSize size = !o.size.isEmpty() ? o.size
                           : onePerPixel     ? QSize(first->imageGeometry()->width, first->imageGeometry()->height)
                                             : first->exportSize();
        picture = first->renderImage(size, overlays, onePerPixel);
    } else {
        const QSize size = o.size.isEmpty() ? QSize(1024, 1024) : o.size;
        picture = QImage(size, QImage::Format_RGB32);
        picture.fill(QColor(0x20, 0x20, 0x20));
        QPainter p(&picture);
        const std::vector<QRect> rects = cellRects(viewer.layout(), size);
        for (int i = 0; i < count && i < int(rects.size()); ++i)
            if (rects[std::size_t(i)].isValid())
                p.drawImage(rects[std::size_t(i)].topLeft(), viewer.viewport(i)->renderImage(rects[std::size_t(i)].size(), overlays));
    }
    if (picture.isNull() || !picture.save(o.out, "PNG")) {
        err << "strata snapshot: " << o.out << ": could not write the picture\n";
        return 1;
    }
    out << o.out << ": " << picture.width() << "x" << picture.height() << "\n";
    return 0;
}

} // namespace strata::ui
