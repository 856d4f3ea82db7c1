#include "ui/brands/membersdialog.h"

#include "ui/brands/membertablemodel.h"
#include "storage/approvalrepository.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

MembersDialog::MembersDialog(AppContext context, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("membersDialog"));
    setWindowTitle(tr("Members and review roles"));

    auto *intro = new QLabel(tr("Who may sign each review. When a brand requires a review, only a member "
                                "with that role can approve its posts. Double-click a name to rename."),
                             this);
    intro->setWordWrap(true);
    m_emptyNote = new QLabel(tr("No member is listed: anyone may sign any review, under the name they "
                                "give. Add members to restrict who signs."),
                             this);
    m_emptyNote->setObjectName(QStringLiteral("membersEmptyNote"));
    m_emptyNote->setWordWrap(true);

    m_model = new MemberTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MemberTableModel::NameColumn, QHeaderView::Stretch);

    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newMemberEdit"));
    m_newName->setPlaceholderText(tr("Name of a new member"));
    auto *add = new QPushButton(tr("&Add member"), this);
    add->setObjectName(QStringLiteral("addMemberButton"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeMemberButton"));
    remove->setShortcut(QKeySequence::Delete);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("membersMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_table, 1);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    // Return in the name field adds the member; no button may take Return as well.
    for (auto *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &MembersDialog::addMember);
    connect(m_newName, &QLineEdit::returnPressed, this, &MembersDialog::addMember);
    connect(remove, &QPushButton::clicked, this, &MembersDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &MemberTableModel::memberEdited, this, &MembersDialog::storeEditedRow);
    reload();
    resize(760, 420);
}

QString MembersDialog::messageText() const
{
    return m_message->text();
}

void MembersDialog::reload()
{
    m_model->setMembers(MemberRepository(*m_context.db).members(m_context.workspace.id));
    updateEmptyNote();
}

void MembersDialog::addMember()
{
    Member member;
    member.workspaceId = m_context.workspace.id;
    member.name = m_newName->text().trimmed();
    if (member.name.isEmpty()) {
        showMessage(tr("Type the new member's name first."), true);
        m_newName->setFocus();
        return;
    }
    if (auto st = MemberRepository(*m_context.db, *m_context.clock).save(member, m_context.actor); !st) {
        showMessage(st.error(), true);
        return;
    }
    m_newName->clear();
    reload();
    m_table->selectRow(m_model->rowOf(member.id));
    showMessage(tr("Added %1. Tick the reviews they may sign.").arg(member.name), false);
    emit membersChanged();
}

void MembersDialog::removeSelected()
{
    const auto member = m_model->memberAt(m_table->currentIndex().row());
    if (!member || !m_askRemove(this, member->name))
        return;
    if (auto st = MemberRepository(*m_context.db, *m_context.clock).remove(member->id, m_context.actor);
        !st) {
        showMessage(st.error(), true);
        return;
    }
    reload();
    showMessage(tr("Removed %1.").arg(member->name), false);
    emit membersChanged();
}

void MembersDialog::storeEditedRow(int row)
{
    auto member = m_model->memberAt(row);
    if (!member)
        return;
    const Status st = MemberRepository(*m_context.db, *m_context.clock).save(*member, m_context.actor);
    // Reloaded in the next turn of the event loop: the table may still be inside the edit.
    QMetaObject::invokeMethod(this, &MembersDialog::reload, Qt::QueuedConnection);
    if (!st) {
        showMessage(tr("Not saved: %1").arg(st.error()), true);
        return;
    }
    showMessage(tr("Saved %1.").arg(member->name), false);
    emit membersChanged();
}

void MembersDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void MembersDialog::updateEmptyNote()
{
    m_emptyNote->setVisible(m_model->rowCount() == 0);
}

bool MembersDialog::askWithMessageBox(QWidget *parent, const QString &name)
{
    return QMessageBox::question(parent, tr("Remove member"),
                                 tr("Remove %1? Their past approvals stay in the audit log.").arg(name)) ==
           QMessageBox::Yes;
}

} // namespace ui
} // namespace vigie
