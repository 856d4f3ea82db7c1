#include "ui/inbox/savedreplypicker.h"

#include "inbox/searchhighlight.h"
#include "ui/inbox/savedrepliesdialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

SavedReplyPicker::SavedReplyPicker(Database &db, Id workspaceId, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workspaceId(workspaceId)
    , m_language(language)
{
    setObjectName(QStringLiteral("savedReplyPicker"));
    setWindowTitle(tr("Insert a saved reply"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("savedReplyFilter"));
    m_filter->setPlaceholderText(tr("Type to filter the saved replies…"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("savedReplyChoices"));
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("savedReplyPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 4);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setStyleSheet(
        QStringLiteral("QLabel { background: palette(base); border: 1px solid palette(mid); "
                       "border-radius: 4px; padding: 6px; }"));
    m_empty =
        new QLabel(tr("No saved reply yet. Use \u201cManage saved replies\u201d to write the answers you "
                      "give often, in French and English."));
    m_empty->setObjectName(QStringLiteral("noSavedReplies"));
    m_empty->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *insert = buttons->addButton(tr("Insert"), QDialogButtonBox::AcceptRole);
    insert->setObjectName(QStringLiteral("insertSavedReplyButton"));
    insert->setDefault(true);
    auto *manage = buttons->addButton(tr("Manage saved replies\u2026"), QDialogButtonBox::ResetRole);
    manage->setObjectName(QStringLiteral("manageSavedRepliesButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (chosen())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(manage, &QPushButton::clicked, this, [this] {
        SavedRepliesDialog dialog(m_db, m_workspaceId, this);
        dialog.exec();
        reload();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &SavedReplyPicker::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedReplyPicker::showPreview);
    connect(m_list, &QListWidget::itemActivated, this, [this] { accept(); });
    // Up and Down move in the list while typing in the filter.
    m_filter->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    resize(560, 460);
    reload();
}

QList<SavedReply> SavedReplyPicker::ordered(QList<SavedReply> replies, const QString &language)
{
    std::stable_sort(replies.begin(), replies.end(), [&language](const SavedReply &a, const SavedReply &b) {
        const bool aFirst = a.language == language;
        const bool bFirst = b.language == language;
        if (aFirst != bFirst)
            return aFirst;
        return QString::localeAwareCompare(a.title, b.title) < 0;
    });
    return replies;
}

void SavedReplyPicker::reload()
{
    m_replies = ordered(SavedReplyRepository(m_db).list(m_workspaceId), m_language);
    applyFilter();
}

void SavedReplyPicker::applyFilter()
{
    const QString wanted = foldForSearch(m_filter->text().trimmed());
    m_list->clear();
    for (int i = 0; i < m_replies.size(); ++i) {
        const SavedReply &reply = m_replies.at(i);
        if (!wanted.isEmpty() && !foldForSearch(reply.title + QLatin1Char(' ') + reply.body).contains(wanted))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(reply.title, reply.language.toUpper()));
        item->setData(Qt::UserRole, i);
        item->setToolTip(reply.body);
        m_list->addItem(item);
    }
    m_empty->setVisible(m_replies.isEmpty());
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    showPreview();
}

void SavedReplyPicker::showPreview()
{
    const auto reply = chosen();
    m_preview->setText(reply ? reply->body : QString());
}

std::optional<SavedReply> SavedReplyPicker::chosen() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return std::nullopt;
    const int i = item->data(Qt::UserRole).toInt();
    return i >= 0 && i < m_replies.size() ? std::optional<SavedReply>(m_replies.at(i)) : std::nullopt;
}

bool SavedReplyPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = qBound(0, m_list->currentRow() + step, m_list->count() - 1);
            if (m_list->count() > 0)
                m_list->setCurrentRow(row);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ui
} // namespace vigie
