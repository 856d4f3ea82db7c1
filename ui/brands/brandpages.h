#pragma once

#include "core/types.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

namespace vigie {
namespace ui {

// The tabs of Brands and compliance that edit the brand row itself. Each shows a brand
// (load), writes its fields back into one (applyTo) and says when the user changed something.

// The mandatory safety text appended to every post, with how long it makes each post.
class SafetyTextPage : public QWidget
{
    Q_OBJECT

public:
    explicit SafetyTextPage(QWidget *parent = nullptr);
    void load(const Brand &brand);
    void applyTo(Brand &brand) const;
    QString lengthNote() const;

signals:
    void edited();

private:
    void updateNote();

    QPlainTextEdit *m_text = nullptr;
    QLabel *m_note = nullptr;
};

// Which MLR reviews a post of this brand needs before it may be scheduled.
class ReviewsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewsPage(QWidget *parent = nullptr);
    void load(const Brand &brand);
    void applyTo(Brand &brand) const;
    QString explanation() const;

signals:
    void edited();
    void membersRequested();

private:
    void updateExplanation();

    QList<std::pair<ReviewRole, QCheckBox *>> m_boxes;
    QLabel *m_explanation = nullptr;
};

// The phrases a post of this brand may never contain: add, edit in place, remove, restore the
// French and English defaults.
class ClaimsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsPage(QWidget *parent = nullptr);
    void load(const Brand &brand);
    void applyTo(Brand &brand) const;
    QStringList claims() const;

public slots:
    void addClaim();
    void removeSelected();
    void restoreDefaults();

signals:
    void edited();

private:
    void showNote(const QString &text);

    QStringListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_newClaim = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_note = nullptr;
    bool m_loading = false;
};

} // namespace ui
} // namespace vigie
