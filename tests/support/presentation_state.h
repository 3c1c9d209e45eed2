#pragma once
// Tests: grayscale softcopy presentation states made by DCMTK's dcmpsmk for real images of
// ../shared/testdata, completed with dcmodify the way a reading station writes them (a window,
// a turn, a layer of annotations).
#include "dicom_tools.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace strata::testing {

/// Two slices of the real MR series of ../shared/testdata/mr/dwv-bbmri-6sl (256 × 256).
inline QString mrSlice(int k)
{
    static const char *names[] = {"bbmri-53323131.dcm", "bbmri-53323275.dcm", "bbmri-53323419.dcm",
                                  "bbmri-53323563.dcm", "bbmri-53323707.dcm", "bbmri-53323851.dcm"};
    return QStringLiteral(STRATA_TESTDATA_DIR "/mr/dwv-bbmri-6sl/") + QString::fromLatin1(names[k]);
}

/// A presentation state `name` in `dir` for `images` (dcmpsmk with `options`; none: their own
/// window, no turn, no annotations), then changed by dcmodify: `changes` are its "-i" values,
/// `fromFiles` its "-if" ones. Empty when either tool fails.
inline QString presentationState(const QTemporaryDir &dir, const QString &name, const QStringList &images,
                                 const QStringList &changes = {}, const QStringList &fromFiles = {},
                                 const QStringList &options = {})
{
    const QString file = dir.filePath(name);
    if (QProcess::execute(QStringLiteral("dcmpsmk"), QStringList(options) << images << file) != 0)
        return {};
    if (changes.isEmpty() && fromFiles.isEmpty())
        return file;
    return dcmodify(file, changes, fromFiles) ? file : QString();
}

/// What a reader leaves on the first two MR slices: window 300/600, turned a quarter clockwise
/// after a horizontal flip, labelled "KEY FINDING" by Jane Doe, and a layer "FINDINGS" in pure red
/// (CIELab) holding, on every referenced image, a polyline (40,40)-(200,40)-(200,120) and a circle
/// about (128,128) of radius 20 in image pixels, the text "Lesion" anchored (visibly) at
/// (128,128), the text "Series note" in the displayed area's top right tenth (display units,
/// right-justified); and on the second slice alone a point at (64,192).
inline QStringList annotatedStateChanges(const QString &secondSliceUid)
{
    const QString ga = QStringLiteral("(0070,0001)[0].");
    const QString g0 = ga + QStringLiteral("(0070,0009)[0].");
    const QString g1 = ga + QStringLiteral("(0070,0009)[1].");
    const QString t0 = ga + QStringLiteral("(0070,0008)[0].");
    const QString t1 = ga + QStringLiteral("(0070,0008)[1].");
    const QString gb = QStringLiteral("(0070,0001)[1].");
    return {
        QStringLiteral("(0070,0080)=KEY FINDING"), QStringLiteral("(0070,0081)=Lesion in the left lobe"),
        QStringLiteral("(0070,0084)=Doe^Jane"), QStringLiteral("(0070,0082)=20261201"), QStringLiteral("(0070,0083)=101500"),
        QStringLiteral("(0070,0042)=90"), QStringLiteral("(0070,0041)=Y"),
        QStringLiteral("(0028,3110)[0].(0028,1050)=300"), QStringLiteral("(0028,3110)[0].(0028,1051)=600"),
        QStringLiteral("(0028,3110)[0].(0028,1055)=READER"),
        // The layer; CIELab of sRGB red.
        QStringLiteral("(0070,0060)[0].(0070,0002)=FINDINGS"), QStringLiteral("(0070,0060)[0].(0070,0062)=1"),
        QStringLiteral("(0070,0060)[0].(0070,0068)=Findings of the reader"),
        QStringLiteral("(0070,0060)[0].(0070,0401)=34885\\53486\\50171"),
        // Every referenced image.
        ga + QStringLiteral("(0070,0002)=FINDINGS"),
        g0 + QStringLiteral("(0070,0005)=PIXEL"), g0 + QStringLiteral("(0070,0020)=2"), g0 + QStringLiteral("(0070,0021)=3"),
        g0 + QStringLiteral("(0070,0022)=40\\40\\200\\40\\200\\120"), g0 + QStringLiteral("(0070,0023)=POLYLINE"),
        g0 + QStringLiteral("(0070,0024)=N"),
        g1 + QStringLiteral("(0070,0005)=PIXEL"), g1 + QStringLiteral("(0070,0020)=2"), g1 + QStringLiteral("(0070,0021)=2"),
        g1 + QStringLiteral("(0070,0022)=128\\128\\148\\128"), g1 + QStringLiteral("(0070,0023)=CIRCLE"),
        g1 + QStringLiteral("(0070,0024)=N"),
        t0 + QStringLiteral("(0070,0006)=Lesion"), t0 + QStringLiteral("(0070,0004)=PIXEL"),
        t0 + QStringLiteral("(0070,0014)=128\\128"), t0 + QStringLiteral("(0070,0015)=Y"),
        t1 + QStringLiteral("(0070,0006)=Series note"), t1 + QStringLiteral("(0070,0003)=DISPLAY"),
        t1 + QStringLiteral("(0070,0010)=0.6\\0.02"), t1 + QStringLiteral("(0070,0011)=0.98\\0.1"),
        t1 + QStringLiteral("(0070,0012)=RIGHT"),
        // The second slice alone.
        gb + QStringLiteral("(0070,0002)=FINDINGS"),
        gb + QStringLiteral("(0008,1140)[0].(0008,1150)=1.2.840.10008.5.1.4.1.1.4"),
        gb + QStringLiteral("(0008,1140)[0].(0008,1155)=") + secondSliceUid,
        gb + QStringLiteral("(0070,0009)[0].(0070,0005)=PIXEL"), gb + QStringLiteral("(0070,0009)[0].(0070,0020)=2"),
        gb + QStringLiteral("(0070,0009)[0].(0070,0021)=1"), gb + QStringLiteral("(0070,0009)[0].(0070,0022)=64\\192"),
        gb + QStringLiteral("(0070,0009)[0].(0070,0023)=POINT"), gb + QStringLiteral("(0070,0009)[0].(0070,0024)=N"),
    };
}

} // namespace strata::testing
