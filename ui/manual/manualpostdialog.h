#pragma once

#include "manual/manualpublishing.h"
#include "ui/appcontext.h"

#include <QDialog>
#include <QUrl>
#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace vigie {
namespace ui {

// A post to publish by hand in a community without an API (manual channel), one at a time
// when several are due (Previous / Next). Non-modal: the person switches to the browser, pastes
// the text (copied to the clipboard as soon as a post is shown), attaches the media, posts, and
// comes back with the post's address for "Mark as published…". "Later" closes; the post stays
// due (ManualPublishing::due, the window's "Manual posts due" action shows it again).
class ManualPostDialog : public QDialog
{
    Q_OBJECT

public:
    // Opens files and web pages (QDesktopServices::openUrl; tests record them instead).
    using UrlOpener = std::function<bool(const QUrl &url)>;

    ManualPostDialog(const AppContext &context, const QList<ManualDuePost> &posts, QWidget *parent = nullptr);

    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    // Adds posts not shown yet (the notifier found more); the one on screen stays.
    void addPosts(const QList<ManualDuePost> &posts);
    int postCount() const { return int(m_posts.size()); }
    int currentIndex() const { return m_index; }
    const ManualDuePost *currentPost() const;

public slots:
    void copyText();
    void openMedia();
    void openCommunity();
    // First press shows the address field; the next (or Return in it) records the post.
    void markPublished();
    void showNext();
    void showPrevious();
    // Brings that post on screen (and its text to the clipboard); nothing when it is not listed.
    void showPost(qint64 variantId);

signals:
    // The person recorded the post as online at url (the calendar may reload).
    void postPublished(qint64 variantId, const QString &url);

private:
    void showCurrent();
    void askForUrl();
    void confirmPublished();

    AppContext m_context;
    QList<ManualDuePost> m_posts;
    int m_index = 0;
    UrlOpener m_openUrl;

    QLabel *m_heading = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_blocker = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_followUps = nullptr;
    QLabel *m_media = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_urlRow = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlError = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_mediaButton = nullptr;
    QPushButton *m_communityButton = nullptr;
    QPushButton *m_publishedButton = nullptr;
    QPushButton *m_previousButton = nullptr;
    QPushButton *m_nextButton = nullptr;
};

} // namespace ui
} // namespace vigie
