#include "ui/listening/alertsettingspage.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

namespace {
// A field with its explanation under it, so the form stays two columns wide.
QWidget *explained(QWidget *field, const QString &explanation, const char *hintName)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field, 0, Qt::AlignLeft);
    auto *hint = new QLabel(explanation);
    hint->setObjectName(QLatin1String(hintName));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    return box;
}
} // namespace

AlertSettingsPage::AlertSettingsPage(QWidget *parent)
    : QWidget(parent)
{
    m_collectMinutes = new QSpinBox;
    m_collectMinutes->setObjectName(QStringLiteral("collectMinutes"));
    m_collectMinutes->setRange(0, 24 * 60);
    m_collectMinutes->setSuffix(tr(" min"));
    m_collectMinutes->setSpecialValueText(tr("Only when asked"));

    m_enabled = new QCheckBox(tr("Raise crisis alerts"));
    m_enabled->setObjectName(QStringLiteral("crisisEnabled"));

    m_volumeSigmas = new QDoubleSpinBox;
    m_volumeSigmas->setObjectName(QStringLiteral("volumeSigmas"));
    m_volumeSigmas->setRange(1.0, 10.0);
    m_volumeSigmas->setSingleStep(0.5);
    m_volumeSigmas->setDecimals(1);
    m_volumeSigmas->setSuffix(tr(" deviations"));

    m_negativeSigmas = new QDoubleSpinBox;
    m_negativeSigmas->setObjectName(QStringLiteral("negativeSigmas"));
    m_negativeSigmas->setRange(1.0, 10.0);
    m_negativeSigmas->setSingleStep(0.5);
    m_negativeSigmas->setDecimals(1);
    m_negativeSigmas->setSuffix(tr(" deviations"));

    m_minimumMentions = new QSpinBox;
    m_minimumMentions->setObjectName(QStringLiteral("minimumMentions"));
    m_minimumMentions->setRange(1, 100000);
    // "1 mention", "20 mentions": the suffix follows the value.
    const auto mentionSuffix = [this](int value) {
        m_minimumMentions->setSuffix(tr(" mention(s)", nullptr, value));
    };
    connect(m_minimumMentions, &QSpinBox::valueChanged, this, mentionSuffix);
    mentionSuffix(m_minimumMentions->value());

    m_minimumNegativePercent = new QSpinBox;
    m_minimumNegativePercent->setObjectName(QStringLiteral("minimumNegativeShare"));
    m_minimumNegativePercent->setRange(0, 100);
    m_minimumNegativePercent->setSuffix(tr(" %"));

    m_baselineDays = new QSpinBox;
    m_baselineDays->setObjectName(QStringLiteral("baselineDays"));
    m_baselineDays->setRange(7, 365);
    m_baselineDays->setSuffix(tr(" days"));

    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(
        tr("Collect every:"),
        explained(m_collectMinutes,
                  tr("How often new mentions are fetched from the networks and feeds while Vigie is open."),
                  "collectMinutesHint"));
    form->addRow(QString(), explained(m_enabled,
                                      tr("A banner and a notification name the brand and the words behind a "
                                         "spike."),
                                      "crisisEnabledHint"));
    form->addRow(tr("Volume alert above:"),
                 explained(m_volumeSigmas,
                           tr("How far a day's mentions must rise above the brand's usual level (higher: "
                              "fewer alerts)."),
                           "volumeSigmasHint"));
    form->addRow(tr("Negative alert above:"),
                 explained(m_negativeSigmas,
                           tr("How far the share of negative mentions must rise above its usual level."),
                           "negativeSigmasHint"));
    form->addRow(tr("At least:"),
                 explained(m_minimumMentions,
                           tr("A day with fewer mentions never raises an alert, however unusual."),
                           "minimumMentionsHint"));
    form->addRow(tr("Negative share at least:"),
                 explained(m_minimumNegativePercent,
                           tr("A negative alert also needs at least this share of negative mentions."),
                           "minimumNegativeShareHint"));
    form->addRow(tr("Usual level over:"),
                 explained(m_baselineDays,
                           tr("The past days the usual level is computed from; weekly habits are taken "
                              "into account."),
                           "baselineDaysHint"));

    // Thresholds mean nothing while alerts are off: shown greyed, kept as they were.
    for (QWidget *w :
         {static_cast<QWidget *>(m_volumeSigmas), static_cast<QWidget *>(m_negativeSigmas),
          static_cast<QWidget *>(m_minimumMentions), static_cast<QWidget *>(m_minimumNegativePercent),
          static_cast<QWidget *>(m_baselineDays)})
        connect(m_enabled, &QCheckBox::toggled, w, &QWidget::setEnabled);

    connect(m_collectMinutes, &QSpinBox::valueChanged, this, &AlertSettingsPage::edited);
    connect(m_enabled, &QCheckBox::toggled, this, &AlertSettingsPage::edited);
    connect(m_volumeSigmas, &QDoubleSpinBox::valueChanged, this, &AlertSettingsPage::edited);
    connect(m_negativeSigmas, &QDoubleSpinBox::valueChanged, this, &AlertSettingsPage::edited);
    connect(m_minimumMentions, &QSpinBox::valueChanged, this, &AlertSettingsPage::edited);
    connect(m_minimumNegativePercent, &QSpinBox::valueChanged, this, &AlertSettingsPage::edited);
    connect(m_baselineDays, &QSpinBox::valueChanged, this, &AlertSettingsPage::edited);
}

void AlertSettingsPage::setSettings(const ListeningSettings &settings)
{
    const QSignalBlocker blocker(this); // filling the form is not an edit
    m_collectMinutes->setValue(settings.collectMinutes);
    m_enabled->setChecked(settings.crisis.enabled);
    m_volumeSigmas->setValue(settings.crisis.volumeSigmas);
    m_negativeSigmas->setValue(settings.crisis.negativeSigmas);
    m_minimumMentions->setValue(settings.crisis.minimumMentions);
    m_minimumNegativePercent->setValue(qRound(settings.crisis.minimumNegativeShare * 100));
    m_baselineDays->setValue(settings.crisis.baselineDays);
    for (QWidget *w :
         {static_cast<QWidget *>(m_volumeSigmas), static_cast<QWidget *>(m_negativeSigmas),
          static_cast<QWidget *>(m_minimumMentions), static_cast<QWidget *>(m_minimumNegativePercent),
          static_cast<QWidget *>(m_baselineDays)})
        w->setEnabled(settings.crisis.enabled);
}

ListeningSettings AlertSettingsPage::settings() const
{
    ListeningSettings s;
    s.collectMinutes = m_collectMinutes->value();
    s.crisis.enabled = m_enabled->isChecked();
    s.crisis.volumeSigmas = m_volumeSigmas->value();
    s.crisis.negativeSigmas = m_negativeSigmas->value();
    s.crisis.minimumMentions = m_minimumMentions->value();
    s.crisis.minimumNegativeShare = m_minimumNegativePercent->value() / 100.0;
    s.crisis.baselineDays = m_baselineDays->value();
    return s;
}

} // namespace ui
} // namespace vigie
