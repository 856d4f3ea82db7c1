#pragma once

#include "listening/listeningsettings.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;

namespace vigie {
namespace ui {

// The Alerts tab: when a brand's day counts as a crisis, and how often listening collects.
// Each field carries a one-line explanation; saving is the dialog's.
class AlertSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertSettingsPage(QWidget *parent = nullptr);

    void setSettings(const ListeningSettings &settings);
    ListeningSettings settings() const;

signals:
    void edited();

private:
    QSpinBox *m_collectMinutes = nullptr;
    QCheckBox *m_enabled = nullptr;
    QDoubleSpinBox *m_volumeSigmas = nullptr;
    QDoubleSpinBox *m_negativeSigmas = nullptr;
    QSpinBox *m_minimumMentions = nullptr;
    QSpinBox *m_minimumNegativePercent = nullptr;
    QSpinBox *m_baselineDays = nullptr;
};

} // namespace ui
} // namespace vigie
