#include "ui/inbox/savedrepliesdialog.h"

#include "inbox/replytemplate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

QList<QPair<QString, QString>> SavedRepliesDialog::languages()
{
    return {{QStringLiteral("fr"), tr("French")}, {QStringLiteral("en"), tr("English")}};
}

SavedRepliesDialog::SavedRepliesDialog(Database &db, Id workspaceId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("savedRepliesDialog"));
    setWindowTitle(tr("Saved replies"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("savedRepliesList"));
    m_list->setMinimumWidth(220);
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("savedReplyTitle"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("savedReplyLanguage"));
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("savedReplyBody"));
    m_body->setMinimumHeight(140);
    auto *placeholders = new QLabel(
        tr("Placeholders filled when the reply is used: %1. {name} is the author's name, or "
           "their handle when they show no name; {product} is the first product the message names; "
           "{agent} is you.")
            .arg(ReplyTemplate::knownPlaceholders().join(QStringLiteral(", "))));
    placeholders->setWordWrap(true);
    placeholders->setObjectName(QStringLiteral("placeholdersHint"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("savedReplyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("Text"), m_body);

    auto *newButton = new QPushButton(tr("New"));
    newButton->setObjectName(QStringLiteral("newSavedReplyButton"));
    m_save = new QPushButton(tr("Save"));
    m_save->setObjectName(QStringLiteral("saveSavedReplyButton"));
    m_save->setDefault(true);
    m_remove = new QPushButton(tr("Delete"));
    m_remove->setObjectName(QStringLiteral("deleteSavedReplyButton"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(newButton, &QPushButton::clicked, this, &SavedRepliesDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &SavedRepliesDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &SavedRepliesDialog::removeCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, &SavedRepliesDialog::showReply);

    auto *editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addWidget(placeholders);
    editor->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addStretch(1);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_save);
    editor->addLayout(buttons);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_list);
    columns->addLayout(editor, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(760, 440);
    reload();
}

void SavedRepliesDialog::reload(Id select)
{
    m_replies = SavedReplyRepository(m_db).list(m_workspaceId);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int selectRow = -1;
    for (int i = 0; i < m_replies.size(); ++i) {
        const SavedReply &reply = m_replies.at(i);
        m_list->addItem(tr("%1 (%2)").arg(reply.title, reply.language.toUpper()));
        if (reply.id == select)
            selectRow = i;
    }
    if (selectRow >= 0) {
        m_list->setCurrentRow(selectRow);
        showReply(selectRow);
    } else {
        startNew();
    }
}

void SavedRepliesDialog::showReply(int row)
{
    m_error->hide();
    if (row < 0 || row >= m_replies.size()) {
        startNew();
        return;
    }
    const SavedReply &reply = m_replies.at(row);
    m_editing = reply.id;
    m_title->setText(reply.title);
    m_language->setCurrentIndex(qMax(0, m_language->findData(reply.language)));
    m_body->setPlainText(reply.body);
    m_remove->setEnabled(true);
}

void SavedRepliesDialog::startNew()
{
    m_editing = 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(-1);
    }
    m_title->clear();
    m_body->clear();
    m_remove->setEnabled(false);
    m_error->hide();
    m_title->setFocus();
}

void SavedRepliesDialog::save()
{
    SavedReply reply;
    reply.id = m_editing;
    reply.workspaceId = m_workspaceId;
    reply.language = m_language->currentData().toString();
    reply.title = m_title->text();
    reply.body = m_body->toPlainText();
    if (auto st = SavedReplyRepository(m_db).save(reply); !st) {
        showError(st.error());
        return;
    }
    reload(reply.id);
}

void SavedRepliesDialog::removeCurrent()
{
    if (m_editing <= 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete saved reply"), tr("Delete the saved reply \u201c%1\u201d?").arg(m_title->text()));
    if (answer != QMessageBox::Yes)
        return;
    if (auto st = SavedReplyRepository(m_db).remove(m_editing); !st) {
        showError(st.error());
        return;
    }
    reload();
}

void SavedRepliesDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

} // namespace ui
} // namespace vigie
