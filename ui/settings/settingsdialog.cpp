#include "ui/settings/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

SettingsDialog::SettingsDialog(const QString &language, int syncMinutes, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    // Each language is named in itself so a user who cannot read the current one finds theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(language)));

    m_syncMinutes = new QSpinBox;
    m_syncMinutes->setObjectName(QStringLiteral("syncMinutesSpin"));
    m_syncMinutes->setRange(0, 24 * 60);
    m_syncMinutes->setSuffix(tr(" min"));
    m_syncMinutes->setSpecialValueText(tr("Never (Sync now only)"));
    m_syncMinutes->setValue(syncMinutes);
    m_syncMinutes->setToolTip(tr("Vigie reads every connected account this often while the window is open; "
                                 "an account that fails waits longer before the next try."));

    auto *form = new QFormLayout;
    form->addRow(tr("Interface language:"), m_language);
    form->addRow(tr("Check the inbox every:"), m_syncMinutes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString SettingsDialog::language() const
{
    return m_language->currentData().toString();
}

int SettingsDialog::syncMinutes() const
{
    return m_syncMinutes->value();
}

} // namespace ui
} // namespace vigie
