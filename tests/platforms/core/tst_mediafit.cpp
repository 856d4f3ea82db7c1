// What the composer tells about attached files before a post is submitted: each network's own
// types, sizes and counts (the adapters' Limits), in words that name the file and the network.
#include "i18n/language.h"
#include "platforms/registry/mediafit.h"
#include "platforms/registry/platformregistry.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace vigie;
using namespace vigie::platforms;

class TestMediaFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(installTranslations(QStringLiteral("en"))); // "4 files", not "4 file(s)"
        QImage small(40, 30, QImage::Format_RGB32);
        small.fill(Qt::darkCyan);
        for (const char *name : {"petite.png", "petite.jpg"})
            QVERIFY(small.save(m_dir.filePath(QString::fromLatin1(name))));
        // Qt writes neither GIF nor (without a plugin) WebP: their signatures are enough to be known.
        writeBytes(QStringLiteral("petite.gif"), 64, "GIF89a");
        writeBytes(QStringLiteral("petite.webp"), 64, QByteArray("RIFF\x38\0\0\0WEBPVP8 ", 16));
        // 1.5 MB of bytes in a file named .jpg: over Bluesky's 1 MB, under everyone else's.
        writeBytes(QStringLiteral("lourde.jpg"), 1'500'000);
        writeBytes(QStringLiteral("clip.mp4"), 200'000);
    }

    void check_data()
    {
        QTest::addColumn<Network>("network");
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<int>("misfitAt"); // -2 = fits, -1 = the post as a whole, else the file
        QTest::addColumn<QStringList>("said");

        QTest::newRow("Mastodon takes PNG")
            << Network::Mastodon << QStringList{"petite.png"} << -2 << QStringList{};
        QTest::newRow("Bluesky takes a small JPEG")
            << Network::Bluesky << QStringList{"petite.jpg"} << -2 << QStringList{};
        QTest::newRow("Bluesky: over 1 MB") << Network::Bluesky << QStringList{"petite.png", "lourde.jpg"}
                                            << 1 << QStringList{"lourde.jpg", "1.5 MB", "Bluesky", "1.0 MB"};
        QTest::newRow("X takes the same file")
            << Network::X << QStringList{"lourde.jpg"} << -2 << QStringList{};
        QTest::newRow("Instagram: JPEG only") << Network::Instagram << QStringList{"petite.png"} << 0
                                              << QStringList{"petite.png", "PNG", "Instagram", "JPG"};
        QTest::newRow("Facebook: no WebP") << Network::Facebook << QStringList{"petite.webp"} << 0
                                           << QStringList{"petite.webp", "WEBP", "Facebook"};
        QTest::newRow("Facebook: no video") << Network::Facebook << QStringList{"clip.mp4"} << 0
                                            << QStringList{"clip.mp4", "video", "Facebook"};
        QTest::newRow("LinkedIn: no video")
            << Network::LinkedIn << QStringList{"clip.mp4"} << 0 << QStringList{"clip.mp4", "LinkedIn"};
        QTest::newRow("Mastodon takes the video")
            << Network::Mastodon << QStringList{"clip.mp4"} << -2 << QStringList{};
        QTest::newRow("X: four files at most")
            << Network::X << QStringList{"petite.png", "petite.jpg", "petite.gif", "petite.png", "petite.jpg"}
            << -1 << QStringList{"X", "4 files"};
        QTest::newRow("manual channel: a person posts anything")
            << Network::Manual << QStringList{"clip.mp4", "petite.webp"} << -2 << QStringList{};
    }

    void check()
    {
        QFETCH(Network, network);
        QFETCH(QStringList, files);
        QFETCH(int, misfitAt);
        QFETCH(QStringList, said);
        if (network != Network::Manual && !hasAdapter(network))
            QSKIP("this build has no adapter for the network");
        QList<PostMedia> media;
        for (const QString &file : files)
            media.append(PostMedia{m_dir.filePath(file), QStringLiteral("Affiche"), {}});

        const QList<MediaMisfit> misfits = MediaFit::check(network, media);
        if (misfitAt == -2) {
            QVERIFY2(misfits.isEmpty(), qPrintable(misfits.value(0).message));
            return;
        }
        QCOMPARE(misfits.size(), 1);
        QCOMPARE(misfits.first().mediaIndex, misfitAt);
        for (const QString &words : said)
            QVERIFY2(misfits.first().message.contains(words), qPrintable(misfits.first().message));
    }

    // A file that was moved after it was attached has no size to check: the publishing checks
    // say it cannot be read. Its type, known from its name, is still checked.
    void aMissingFileIsLeftToPublishing()
    {
        if (!hasAdapter(Network::Bluesky))
            QSKIP("needs the Bluesky adapter");
        const QList<PostMedia> moved{PostMedia{m_dir.filePath(QStringLiteral("ailleurs.jpg")), {}, {}}};
        QVERIFY(MediaFit::check(Network::Bluesky, moved).isEmpty());
    }

private:
    void writeBytes(const QString &name, qint64 size, const QByteArray &signature = {})
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(signature + QByteArray(size - signature.size(), 'x')) == size);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMediaFit)
#include "tst_mediafit.moc"
