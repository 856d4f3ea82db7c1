#include "ui/composer/composerdialog.h"

namespace vigie::ui {

ComposerDialog::ComposerDialog(AppContext context, Id postId, QWidget *parent)
    : QDialog(parent), m_context(std::move(context)), m_postId(postId)
{
}

} // namespace vigie::ui
