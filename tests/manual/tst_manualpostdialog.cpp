// A community manager at a manual channel's due time: the text is in the clipboard at once, the
// media and the community open, and the post is recorded published only with a real address.
#include "calendar/longlabeltranslator.h"
#include "i18n/language.h"
#include "manualfixture.h"
#include "storage/postrepository.h"
#include "ui/manual/manualduenotifier.h"
#include "ui/manual/manualpostdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;
using test::ManualFixture;

class TestManualPostDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ManualFixture> m_fixture;
    QString m_image;

    ui::AppContext context()
    {
        ui::AppContext c;
        c.db = &m_fixture->db();
        c.workspace = m_fixture->workspace;
        c.clock = &m_fixture->clock();
        c.actor = QStringLiteral("camille");
        return c;
    }
    Id addDuePost(const QString &text, bool withMedia = false)
    {
        PostExtras extras;
        if (withMedia)
            extras.media << PostMedia{m_image, QStringLiteral("Schéma du congrès"), fileSha256(m_image)};
        extras.firstComment = withMedia ? QStringLiteral("Sources : ESC 2026, session 4.") : QString();
        return m_fixture->addScheduledPost(text, {m_fixture->sermo.id}, ManualFixture::start().addSecs(-120),
                                           extras);
    }
    Id variantOf(Id postId) { return m_fixture->variantsOf(postId).value(0).id; }
    QList<ManualDuePost> due() { return ManualPublishing(m_fixture->db(), m_fixture->clock()).due(); }
    QString expectedText(const QString &text) { return withSafetyText(text, ManualFixture::safetyText()); }
    // Shortcuts need an active window, as on a desktop.
    static bool showActive(QWidget *dialog)
    {
        dialog->show();
        QApplication::setActiveWindow(dialog);
        return QTest::qWaitForWindowActive(dialog);
    }

private slots:
    void initTestCase() { QVERIFY(installTranslations(QStringLiteral("en"))); }

    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_fixture = std::make_unique<ManualFixture>();
        QVERIFY(m_fixture->ok());
        m_image = m_fixture->writeFile(QStringLiteral("congres-esc-2026.png"), "png bytes");
        QGuiApplication::clipboard()->clear();
    }
    void cleanup() { m_fixture.reset(); }

    void copiesTheTextAsSoonAsItOpens()
    {
        addDuePost(QStringLiteral("Chers confrères, le résumé du congrès est en ligne."), true);
        ui::ManualPostDialog dialog(context(), due());
        QVERIFY(showActive(&dialog));
        const QString expected =
            expectedText(QStringLiteral("Chers confrères, le résumé du congrès est en ligne."));
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QCOMPARE(test::child<QPlainTextEdit>(&dialog, "textView")->toPlainText(), expected);
        QVERIFY(test::child<QLabel>(&dialog, "headingLabel")->text().contains("Sermo – Cardiologie France"));
        QVERIFY(test::child<QLabel>(&dialog, "followUpsLabel")->text().contains("Sources : ESC 2026"));
        QVERIFY(test::child<QLabel>(&dialog, "mediaLabel")->text().contains("congres-esc-2026.png"));
        test::saveScreenshot(&dialog, QStringLiteral("manual-post-due"));

        // Ctrl+C and the button copy it again after something else took the clipboard.
        QGuiApplication::clipboard()->setText(QStringLiteral("autre chose"));
        QTest::keyClick(&dialog, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        QGuiApplication::clipboard()->setText(QStringLiteral("autre chose"));
        QTest::mouseClick(test::child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
    }

    void opensMediaAndCommunity()
    {
        addDuePost(QStringLiteral("Texte"), true);
        ui::ManualPostDialog dialog(context(), due());
        QList<QUrl> opened;
        dialog.setUrlOpener([&](const QUrl &url) {
            opened << url;
            return true;
        });
        dialog.show();
        QTest::mouseClick(test::child<QPushButton>(&dialog, "mediaButton"), Qt::LeftButton);
        QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(m_image)});
        QVERIFY(test::child<QLabel>(&dialog, "statusLabel")->text().contains("1 media file"));
        QTest::mouseClick(test::child<QPushButton>(&dialog, "communityButton"), Qt::LeftButton);
        QCOMPARE(opened.last(), QUrl("https://www.sermo.com"));
    }

    void badAddressChangesNothing_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << ""
                               << "Paste the address";
        QTest::newRow("no scheme") << "www.sermo.com/p/4711"
                                   << "must start with https://";
        QTest::newRow("no host") << "https://"
                                 << "";
    }
    void badAddressChangesNothing()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        const Id postId = addDuePost(QStringLiteral("Texte"));
        ui::ManualPostDialog dialog(context(), due());
        QVERIFY(showActive(&dialog));
        QSignalSpy published(&dialog, &ui::ManualPostDialog::postPublished);
        auto *edit = test::child<QLineEdit>(&dialog, "urlEdit");
        auto *error = test::child<QLabel>(&dialog, "urlErrorLabel");
        QVERIFY(!edit->isVisible());
        QTest::mouseClick(test::child<QPushButton>(&dialog, "publishedButton"), Qt::LeftButton);
        QVERIFY(edit->isVisible());
        QVERIFY(edit->hasFocus());
        QTest::keyClicks(edit, url);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(message), qPrintable(error->text()));
        QCOMPARE(published.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_fixture->variantState(variantOf(postId)), QStringLiteral("scheduled"));
        QCOMPARE(m_fixture->variantUrl(variantOf(postId)), QString());
        if (url.isEmpty()) {
            test::saveScreenshot(&dialog, QStringLiteral("manual-post-bad-address"));
            QVERIFY(m_fixture->count("SELECT COUNT(*) FROM audit_events WHERE action = "
                                     "'variant.published_manually'") == 0);
        }
    }

    void goodAddressRecordsThePost()
    {
        const Id postId = addDuePost(QStringLiteral("Texte"));
        ui::ManualPostDialog dialog(context(), due());
        QVERIFY(showActive(&dialog));
        QSignalSpy published(&dialog, &ui::ManualPostDialog::postPublished);
        // Ctrl+Enter opens the address field, Return in it records.
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        auto *edit = test::child<QLineEdit>(&dialog, "urlEdit");
        QVERIFY(edit->isVisible());
        QTest::keyClicks(edit, QStringLiteral("https://www.sermo.com/posts/4711"));
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(published.count(), 1);
        QCOMPARE(published.at(0).at(0).toLongLong(), variantOf(postId));
        QCOMPARE(m_fixture->variantState(variantOf(postId)), QStringLiteral("published"));
        QCOMPARE(m_fixture->variantUrl(variantOf(postId)),
                 QStringLiteral("https://www.sermo.com/posts/4711"));
        QCOMPARE(PostRepository(m_fixture->db()).post(postId)->state, PostState::Published);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void stepsThroughSeveral()
    {
        const Id first = addDuePost(QStringLiteral("Premier"));
        m_fixture->clock().advanceSecs(1);
        const Id second = addDuePost(QStringLiteral("Second"));
        ui::ManualPostDialog dialog(context(), due());
        QVERIFY(showActive(&dialog));
        QCOMPARE(dialog.postCount(), 2);
        QCOMPARE(test::child<QLabel>(&dialog, "positionLabel")->text(), QStringLiteral("1 of 2"));
        QCOMPARE(QGuiApplication::clipboard()->text(), expectedText(QStringLiteral("Premier")));
        QTest::mouseClick(test::child<QPushButton>(&dialog, "nextButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expectedText(QStringLiteral("Second")));
        QVERIFY(!test::child<QPushButton>(&dialog, "nextButton")->isEnabled());
        QTest::mouseClick(test::child<QPushButton>(&dialog, "publishedButton"), Qt::LeftButton);
        QTest::keyClicks(test::child<QLineEdit>(&dialog, "urlEdit"),
                         QStringLiteral("https://www.sermo.com/p/2"));
        QTest::keyClick(test::child<QLineEdit>(&dialog, "urlEdit"), Qt::Key_Enter, Qt::ControlModifier);
        QCOMPARE(m_fixture->variantState(variantOf(second)), QStringLiteral("published"));
        QCOMPARE(m_fixture->variantState(variantOf(first)), QStringLiteral("scheduled"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.postCount(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), expectedText(QStringLiteral("Premier")));
        // Later: closed, still due.
        QTest::mouseClick(test::child<QPushButton>(&dialog, "laterButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(due().size(), 1);
    }

    // Told once: a second check, or a restarted window, does not show it again.
    void notifierAnnouncesOnce()
    {
        addDuePost(QStringLiteral("Texte à publier"));
        QWidget window;
        {
            ui::ManualDueNotifier notifier(context(), nullptr, &window);
            QSignalSpy notified(&notifier, &ui::ManualDueNotifier::notified);
            notifier.start();
            QCOMPARE(notified.count(), 1);
            QCOMPARE(notified.at(0).at(0).toString(),
                     ui::ManualDueNotifier::dueTitle(QStringLiteral("Sermo – Cardiologie France")));
            QVERIFY(notifier.dialog() && notifier.dialog()->isVisible());
            QCOMPARE(QGuiApplication::clipboard()->text(), expectedText(QStringLiteral("Texte à publier")));
            m_fixture->clock().advanceSecs(60);
            notifier.checkDue();
            QCOMPARE(notified.count(), 1);
            // A post due later joins the open dialog.
            m_fixture->addScheduledPost(QStringLiteral("Suivant"), {m_fixture->sermo.id},
                                        m_fixture->clock().now());
            notifier.checkDue();
            QCOMPARE(notified.count(), 2);
            QCOMPARE(notifier.dialog()->postCount(), 2);
            QCOMPARE(QGuiApplication::clipboard()->text(), expectedText(QStringLiteral("Texte à publier")));
            notifier.dialog()->close();
        }
        ui::ManualDueNotifier restarted(context(), nullptr, &window);
        QSignalSpy notified(&restarted, &ui::ManualDueNotifier::notified);
        restarted.start();
        QCOMPARE(notified.count(), 0);
        QVERIFY(!restarted.dialog());
        restarted.showAllDue(); // the menu action lists both again
        QVERIFY(restarted.dialog());
        QCOMPARE(restarted.dialog()->postCount(), 2);
        restarted.dialog()->close();
    }

    void notifierDoesNothingInTheDemo()
    {
        addDuePost(QStringLiteral("Texte"));
        ui::AppContext demo = context();
        demo.demo = true;
        ui::ManualDueNotifier notifier(demo, nullptr, nullptr);
        QSignalSpy notified(&notifier, &ui::ManualDueNotifier::notified);
        notifier.start();
        QCOMPARE(notified.count(), 0);
        QVERIFY(!due().first().announcedAt.isValid());
    }

    // French: the interface language and a 35%-longer stand-in for labels not translated yet.
    void screenshotsInFrench()
    {
        addDuePost(QStringLiteral("Chers confrères, le résumé du congrès ESC 2026 est en ligne : "
                                  "nouvelles recommandations sur l'insuffisance cardiaque."),
                   true);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QVERIFY(installTranslations(QStringLiteral("fr")));
        {
            ui::ManualPostDialog dialog(context(), due());
            dialog.show();
            QTest::mouseClick(test::child<QPushButton>(&dialog, "publishedButton"), Qt::LeftButton);
            test::saveScreenshot(&dialog, QStringLiteral("manual-post-due-fr"));
        }
        test::LongLabelTranslator longer;
        QCoreApplication::installTranslator(&longer);
        {
            ui::ManualPostDialog dialog(context(), due());
            dialog.show();
            test::saveScreenshot(&dialog, QStringLiteral("manual-post-due-long-labels"));
        }
        QCoreApplication::removeTranslator(&longer);
        QVERIFY(installTranslations(QStringLiteral("en")));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
};

QTEST_MAIN(TestManualPostDialog)
#include "tst_manualpostdialog.moc"
