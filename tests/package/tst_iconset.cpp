// rebound-iconset, the build tool that draws every platform's app icon from
// the one SVG: each container is read back the way its platform reads it.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A PNG of the given size, drawn (not blank): the icon's blue shows.
void verifyPng(const QByteArray &png, int size, const char *where)
{
    QImage image;
    QVERIFY2(image.loadFromData(png, "PNG"), where);
    QCOMPARE(image.size(), QSize(size, size));
    const QColor centreLeft = image.pixelColor(size / 8, size / 2);
    QVERIFY2(centreLeft.alpha() == 255 && centreLeft.blue() > 200 && centreLeft.red() < 100, where);
    QCOMPARE(image.pixelColor(0, 0).alpha(), 0); // the rounded corner is transparent
}

} // namespace

class TestIconSet : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    int run(const QStringList &args, QByteArray *err = nullptr)
    {
        QProcess tool;
        tool.start(QStringLiteral(REBOUND_ICONSET_PATH), args);
        if (!tool.waitForFinished(30000))
            return -1;
        if (err)
            *err = tool.readAllStandardError();
        return tool.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(run({QStringLiteral(REBOUND_ICON_SVG), m_dir.path()}), 0);
    }

    void hicolorPngs_everySizeAFreedesktopThemeWants()
    {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString path = m_dir.filePath(QStringLiteral("hicolor/%1x%1/apps/rebound.png").arg(size));
            verifyPng(readAll(path), size, qPrintable(path));
        }
    }

    void ico_directoryPointsAtEachImage()
    {
        const QByteArray ico = readAll(m_dir.filePath(QStringLiteral("rebound.ico")));
        QVERIFY(ico.size() > 6);
        const auto *bytes = reinterpret_cast<const uchar *>(ico.constData());
        QCOMPARE(qFromLittleEndian<quint16>(bytes), quint16(0));
        QCOMPARE(qFromLittleEndian<quint16>(bytes + 2), quint16(1)); // an icon, not a cursor
        const int count = qFromLittleEndian<quint16>(bytes + 4);
        QList<int> sizes;
        for (int i = 0; i < count; ++i) {
            const uchar *entry = bytes + 6 + 16 * i;
            const int size = entry[0] == 0 ? 256 : entry[0];
            QCOMPARE(int(entry[1] == 0 ? 256 : entry[1]), size);
            const quint32 length = qFromLittleEndian<quint32>(entry + 8);
            const quint32 offset = qFromLittleEndian<quint32>(entry + 12);
            QVERIFY(offset + length <= quint32(ico.size()));
            verifyPng(ico.mid(offset, length), size, "ico entry");
            sizes.append(size);
        }
        // Explorer's small and large icons, the taskbar's, and the 256 of large tiles.
        QCOMPARE(sizes, (QList<int>{16, 20, 24, 32, 40, 48, 64, 256}));
    }

    void icns_everyTypeHasItsPixelSize()
    {
        const QByteArray icns = readAll(m_dir.filePath(QStringLiteral("rebound.icns")));
        QVERIFY(icns.startsWith("icns"));
        const auto *bytes = reinterpret_cast<const uchar *>(icns.constData());
        QCOMPARE(qFromBigEndian<quint32>(bytes + 4), quint32(icns.size()));
        const QHash<QByteArray, int> pixels{{"icp4", 16},  {"ic11", 32},  {"icp5", 32},  {"ic12", 64},  {"ic07", 128},
                                            {"ic13", 256}, {"ic08", 256}, {"ic14", 512}, {"ic09", 512}, {"ic10", 1024}};
        QSet<QByteArray> seen;
        qsizetype at = 8;
        while (at < icns.size()) {
            QVERIFY(at + 8 <= icns.size());
            const QByteArray type = icns.mid(at, 4);
            const quint32 length = qFromBigEndian<quint32>(bytes + at + 4);
            QVERIFY2(pixels.contains(type), type.constData());
            QVERIFY(length > 8 && at + length <= quint32(icns.size()));
            verifyPng(icns.mid(at + 8, length - 8), pixels.value(type), type.constData());
            seen.insert(type);
            at += length;
        }
        QCOMPARE(seen.size(), pixels.size());
    }

    void unreadableSvg_failsAndSaysSo()
    {
        QTemporaryDir out;
        const QString bad = out.filePath(QStringLiteral("bad.svg"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<svg this is not");
        file.close();
        QByteArray err;
        QCOMPARE(run({bad, out.filePath(QStringLiteral("icons"))}, &err), 1);
        QVERIFY2(err.contains("not a readable SVG"), err.constData());
        QVERIFY(!QFile::exists(out.filePath(QStringLiteral("icons/rebound.ico"))));
    }
};

QTEST_GUILESS_MAIN(TestIconSet)
#include "tst_iconset.moc"
