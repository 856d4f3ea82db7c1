#pragma once

#include <QDialog>

class QComboBox;

namespace vigie {
namespace ui {

// Preferences: the interface language (system default, English, French).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const QString &language, QWidget *parent = nullptr);
    // "fr", "en", or "" for the system's language.
    QString language() const;

private:
    QComboBox *m_language = nullptr;
};

} // namespace ui
} // namespace vigie
