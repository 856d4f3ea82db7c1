#pragma once

#include "ui/appcontext.h"

#include <QDialog>

namespace vigie::ui {

// Edits one post and its per-network variants. (Being built; see the issue.)
class ComposerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ComposerDialog(AppContext context, Id postId, QWidget *parent = nullptr);

private:
    AppContext m_context;
    Id m_postId = 0;
};

} // namespace vigie::ui
