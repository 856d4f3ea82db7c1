#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace vigie {
namespace ui {

// Preferences: the interface language (system default, English, French) and how often the
// inbox is synced.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // syncMinutes: how often the inbox reads the networks by itself (0 = never).
    SettingsDialog(const QString &language, int syncMinutes, QWidget *parent = nullptr);
    // "fr", "en", or "" for the system's language.
    QString language() const;
    int syncMinutes() const;

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_syncMinutes = nullptr;
};

} // namespace ui
} // namespace vigie
