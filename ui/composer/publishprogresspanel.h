#pragma once

#include "core/types.h"
#include "ui/composer/publishnowrunner.h"

#include <QFrame>
#include <QHash>

class QGridLayout;
class QLabel;

namespace vigie {
namespace ui {

// Where each channel of the post stands on its network: "Publishing…", then "Published" with
// the link, or why not and what to do. Shown while publishing now and for a post reopened later.
class PublishProgressPanel : public QFrame
{
    Q_OBJECT

public:
    explicit PublishProgressPanel(QWidget *parent = nullptr);

    // One row per channel, each "Publishing…".
    void start(const QList<Account> &channels);
    void setResult(const ChannelPublishResult &result);
    // Every channel answered: the title stops saying "Publishing now".
    void setDone();
    // The stored outcome of each channel (rows only for channels with one); hides when none has.
    void showStored(const QList<PostVariant> &variants, const QList<Account> &accounts);
    // The words shown for a channel (tests read them as a person would).
    QString statusText(Id accountId) const;

private:
    void clearRows();
    void addRow(const Account &account);

    QLabel *m_title = nullptr;
    QGridLayout *m_rows = nullptr;
    QHash<Id, QLabel *> m_status;
    QList<QWidget *> m_rowWidgets;
};

} // namespace ui
} // namespace vigie
