#include "ui/manual/manualduenotifier.h"

#include "ui/manual/manualpostdialog.h"

#include <QSystemTrayIcon>

namespace vigie {
namespace ui {

ManualDueNotifier::ManualDueNotifier(const AppContext &context, QSystemTrayIcon *tray, QWidget *dialogParent,
                                     QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_tray(tray)
    , m_dialogParent(dialogParent)
{
    m_timer.setInterval(60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ManualDueNotifier::checkDue);
    if (m_tray)
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_dialog) {
                m_dialog->show();
                m_dialog->raise();
                m_dialog->activateWindow();
            }
        });
}

void ManualDueNotifier::start()
{
    if (m_context.demo || !m_context.db)
        return; // the demo's posts are examples: nobody is to publish them
    checkDue();
    m_timer.start();
}

QString ManualDueNotifier::dueTitle(const QString &community)
{
    return tr("Time to post on %1").arg(community);
}

QString ManualDueNotifier::blockedTitle(const QString &community)
{
    return tr("A post for %1 may not be published").arg(community);
}

void ManualDueNotifier::checkDue()
{
    if (!m_context.db)
        return;
    ManualPublishing publishing(*m_context.db, *m_context.clock, m_context.actor);
    const QList<ManualDuePost> fresh = publishing.takeUnannounced();
    QList<ManualDuePost> toPost;
    bool failed = false;
    for (const ManualDuePost &post : fresh) {
        const bool blocked = !post.blocker.isEmpty();
        const QString title = blocked ? blockedTitle(post.community) : dueTitle(post.community);
        const QString message = blocked ? post.blocker : post.text.section(QLatin1Char('\n'), 0, 0).left(120);
        emit notified(title, message);
        if (m_tray)
            m_tray->showMessage(title, message,
                                blocked ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        if (blocked)
            failed = true;
        else
            toPost << post;
    }
    if (failed)
        emit postsChanged();
    if (toPost.isEmpty())
        return;
    ManualPostDialog *dialog = ensureDialog(toPost);
    dialog->show();
    dialog->raise();
}

void ManualDueNotifier::showAllDue()
{
    if (!m_context.db)
        return;
    // Blocked ones too: the dialog says why they may not go out.
    const QList<ManualDuePost> due = ManualPublishing(*m_context.db, *m_context.clock, m_context.actor).due();
    ManualPostDialog *dialog = ensureDialog(due);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void ManualDueNotifier::showPost(Id variantId)
{
    if (!m_context.db)
        return;
    const auto post = ManualPublishing(*m_context.db, *m_context.clock, m_context.actor).post(variantId);
    if (!post)
        return;
    ManualPostDialog *dialog = ensureDialog({*post});
    dialog->showPost(variantId);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

ManualPostDialog *ManualDueNotifier::ensureDialog(const QList<ManualDuePost> &posts)
{
    if (m_dialog) {
        m_dialog->addPosts(posts);
        return m_dialog;
    }
    m_dialog = new ManualPostDialog(m_context, posts, m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ManualPostDialog::postPublished, this, &ManualDueNotifier::postsChanged);
    return m_dialog;
}

} // namespace ui
} // namespace vigie
