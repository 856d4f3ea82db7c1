#include "ui/composer/channeltextpage.h"

#include "ui/composer/compliancehighlighter.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

QString characterCountText(const QString &text)
{
    return ChannelTextPage::tr("%n character(s)", nullptr, PostEditor::characterCount(text));
}

QString safetyTextNote(const QString &safetyText)
{
    return ChannelTextPage::tr("Added at the end and counted: %1").arg(safetyText.trimmed());
}

ChannelTextPage::ChannelTextPage(Id accountId, QWidget *parent)
    : QWidget(parent)
    , m_accountId(accountId)
{
    m_useMain = new QCheckBox(tr("Use the main text"), this);
    m_useMain->setObjectName(QStringLiteral("useMainText"));
    m_useMain->setChecked(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("channelText"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("channelCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_lengthError = new QLabel(this);
    m_lengthError->setObjectName(QStringLiteral("channelLengthError"));
    m_lengthError->setWordWrap(true);
    m_lengthError->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_lengthError->hide();
    m_mediaError = new QLabel(this);
    m_mediaError->setObjectName(QStringLiteral("channelMediaError"));
    m_mediaError->setWordWrap(true);
    m_mediaError->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_mediaError->hide();
    m_safetyNote = new QLabel(this);
    m_safetyNote->setObjectName(QStringLiteral("safetyTextNote"));
    m_safetyNote->setWordWrap(true);
    m_safetyNote->setForegroundRole(QPalette::PlaceholderText);
    m_safetyNote->hide();
    m_highlighter = new ComplianceHighlighter(m_text->document(), {});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_useMain);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_safetyNote);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_count);
    layout->addWidget(m_lengthError);
    layout->addWidget(m_mediaError);

    connect(m_useMain, &QCheckBox::toggled, this, [this](bool useMain) {
        // Starting a channel's own text from the main text is what people want to adapt.
        if (!useMain && m_ownText.isEmpty())
            m_ownText = m_mainText;
        showCurrentText();
        emit edited();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating)
            return;
        if (!m_useMain->isChecked())
            m_ownText = m_text->toPlainText();
        updateCount();
        emit edited();
    });
    showCurrentText();
}

void ChannelTextPage::setChannelText(const PostEditor::ChannelText &text)
{
    m_ownText = text.ownText;
    const QSignalBlocker blocker(m_useMain);
    m_useMain->setChecked(text.useMainText);
    showCurrentText();
}

PostEditor::ChannelText ChannelTextPage::channelText() const
{
    return {m_useMain->isChecked(), m_ownText};
}

void ChannelTextPage::setMainText(const QString &text)
{
    m_mainText = text;
    if (m_useMain->isChecked())
        showCurrentText();
}

void ChannelTextPage::setSafetyText(const QString &text)
{
    m_safetyText = text;
    m_safetyNote->setText(safetyTextNote(text));
    m_safetyNote->setVisible(!text.trimmed().isEmpty());
    updateCount();
}

void ChannelTextPage::setMatcher(std::function<QList<TextMatch>(const QString &)> matcher)
{
    m_highlighter->setMatcher(std::move(matcher));
}

void ChannelTextPage::rehighlight()
{
    m_highlighter->rehighlight();
}

void ChannelTextPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_useMain->setEnabled(!readOnly);
    showCurrentText();
}

void ChannelTextPage::showCurrentText()
{
    const bool own = !m_useMain->isChecked();
    const QString shown = own ? m_ownText : m_mainText;
    if (m_text->toPlainText() != shown) {
        m_updating = true;
        m_text->setPlainText(shown);
        m_updating = false;
    }
    m_text->setReadOnly(m_readOnly || !own);
    // The inherited text is greyed: it is shown, not edited here.
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::Text, palette().color(own ? QPalette::Text : QPalette::PlaceholderText));
    m_text->setPalette(textPalette);
    updateCount();
}

void ChannelTextPage::setAccount(const Account &account)
{
    m_account = account;
    updateCount();
}

void ChannelTextPage::setMediaProblems(const QStringList &problems)
{
    m_mediaProblems = problems;
    m_mediaError->setText(problems.join(QLatin1Char('\n')));
    m_mediaError->setVisible(!problems.isEmpty());
}

ChannelLength ChannelTextPage::length() const
{
    // Counted as published: with the brand's safety text.
    const QString text = withSafetyText(m_text->toPlainText(), m_safetyText);
    if (m_account)
        return measureChannel(*m_account, text);
    ChannelLength plain;
    plain.length = PostEditor::characterCount(text);
    return plain;
}

void ChannelTextPage::updateCount()
{
    const ChannelLength measured = length();
    m_count->setText(measured.counterText());
    // Red, and a line that says what to do, only while the text cannot be published.
    // (Not in the placeholder role: a style sheet gives placeholders half the alpha, fading the red.)
    m_count->setForegroundRole(measured.isOver() ? QPalette::WindowText : QPalette::PlaceholderText);
    m_count->setStyleSheet(measured.isOver() ? QStringLiteral("color: #b91c1c; font-weight: bold;")
                                             : QString());
    m_lengthError->setText(measured.tooLongText());
    m_lengthError->setVisible(measured.isOver());
    if (measured.length != m_lastLength) {
        m_lastLength = measured.length;
        emit lengthChanged();
    }
}

} // namespace ui
} // namespace vigie
