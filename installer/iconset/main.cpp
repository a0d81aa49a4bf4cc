// rebound-iconset: draws the app icon from its one SVG at every size the
// platforms want, at build time.
//
//   rebound-iconset SVG OUTDIR
//
// writes OUTDIR/hicolor/<N>x<N>/apps/rebound.png (the freedesktop icon theme),
// OUTDIR/rebound.ico (Windows: the executable, the installer, shortcuts) and
// OUTDIR/rebound.icns (macOS: the app bundle). Both containers hold PNG
// images, which Windows reads since Vista and macOS since 10.7.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <map>
#include <vector>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG");
    return png;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        std::fprintf(stderr, "rebound-iconset: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return false;
    }
    return true;
}

template<typename T> void append(QByteArray &out, T value)
{
    char bytes[sizeof(T)];
    qToUnaligned(value, bytes);
    out.append(bytes, sizeof(T));
}

// ICONDIR, then one ICONDIRENTRY per image (little-endian), then the images.
QByteArray icoFile(const std::vector<std::pair<int, QByteArray>> &images)
{
    QByteArray out;
    append(out, qToLittleEndian<quint16>(0)); // reserved
    append(out, qToLittleEndian<quint16>(1)); // type: icon
    append(out, qToLittleEndian<quint16>(quint16(images.size())));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, png] : images) {
        out.append(char(size >= 256 ? 0 : size)); // 0 means 256
        out.append(char(size >= 256 ? 0 : size));
        out.append(char(0)); // no palette
        out.append(char(0)); // reserved
        append(out, qToLittleEndian<quint16>(1)); // colour planes
        append(out, qToLittleEndian<quint16>(32)); // bits per pixel
        append(out, qToLittleEndian<quint32>(quint32(png.size())));
        append(out, qToLittleEndian<quint32>(offset));
        offset += quint32(png.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

// 'icns' and the file's length, then per image its four-letter type and length
// (big-endian, the 8-byte header included) and the PNG.
QByteArray icnsFile(const std::vector<std::pair<QByteArray, QByteArray>> &images)
{
    QByteArray body;
    for (const auto &[type, png] : images) {
        body.append(type);
        append(body, qToBigEndian<quint32>(quint32(8 + png.size())));
        body.append(png);
    }
    QByteArray out("icns");
    append(out, qToBigEndian<quint32>(quint32(8 + body.size())));
    return out + body;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: rebound-iconset SVG OUTDIR\n");
        return 2;
    }
    QSvgRenderer svg(QString::fromLocal8Bit(argv[1]));
    if (!svg.isValid()) {
        std::fprintf(stderr, "rebound-iconset: %s is not a readable SVG\n", argv[1]);
        return 1;
    }
    const QString out = QString::fromLocal8Bit(argv[2]);

    std::map<int, QByteArray> png;
    for (int size : {16, 20, 22, 24, 32, 40, 48, 64, 128, 256, 512, 1024})
        png[size] = renderPng(svg, size);

    bool ok = true;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        ok &= writeFile(QStringLiteral("%1/hicolor/%2x%2/apps/rebound.png").arg(out).arg(size), png[size]);

    std::vector<std::pair<int, QByteArray>> ico;
    for (int size : {16, 20, 24, 32, 40, 48, 64, 256})
        ico.emplace_back(size, png[size]);
    ok &= writeFile(out + QStringLiteral("/rebound.ico"), icoFile(ico));

    // The types macOS reads: 16 to 512 points, each also at twice the pixels.
    const std::vector<std::pair<QByteArray, QByteArray>> icns{
        {"icp4", png[16]},  {"ic11", png[32]},  {"icp5", png[32]},  {"ic12", png[64]},  {"ic07", png[128]},
        {"ic13", png[256]}, {"ic08", png[256]}, {"ic14", png[512]}, {"ic09", png[512]}, {"ic10", png[1024]},
    };
    ok &= writeFile(out + QStringLiteral("/rebound.icns"), icnsFile(icns));
    return ok ? 0 : 1;
}
