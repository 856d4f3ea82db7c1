#include "ui/composer/mediaeditor.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace vigie {
namespace ui {

MediaEditor::MediaEditor(QWidget *parent)
    : QWidget(parent)
{
    m_add = new QPushButton(tr("Add images…"), this);
    m_add->setObjectName(QStringLiteral("addMediaButton"));
    m_empty = new QLabel(
        tr("No image yet. Each image needs a description for people who use a screen reader."), this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_generalProblems = new QLabel(this);
    m_generalProblems->setObjectName(QStringLiteral("mediaProblems"));
    m_generalProblems->setWordWrap(true);
    m_generalProblems->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_generalProblems->hide();
    auto *content = new QWidget;
    m_rowsLayout = new QVBoxLayout(content);
    m_rowsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_add, 0, Qt::AlignLeft);
    layout->addWidget(m_empty);
    layout->addWidget(m_generalProblems);
    layout->addWidget(scroll, 1);
    connect(m_add, &QPushButton::clicked, this, &MediaEditor::chooseFiles);
    rebuild();
}

QStringList MediaEditor::askWithFileDialog(QWidget *parent)
{
    return QFileDialog::getOpenFileNames(parent, tr("Add images"), QString(),
                                         tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"));
}

void MediaEditor::chooseFiles()
{
    const QStringList paths = m_chooseFiles(this);
    if (!paths.isEmpty())
        emit filesChosen(paths);
}

void MediaEditor::setMedia(const QList<PostMedia> &media)
{
    m_media = media;
    m_fileProblems.clear();
    rebuild();
}

void MediaEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    rebuild();
}

void MediaEditor::setProblems(const QHash<int, QStringList> &perFile, const QStringList &general)
{
    m_generalProblems->setText(general.join(QLatin1Char('\n')));
    m_generalProblems->setVisible(!general.isEmpty());
    if (perFile == m_fileProblems)
        return; // rebuilding would drop the focus from a description being typed
    m_fileProblems = perFile;
    rebuild();
}

void MediaEditor::rebuild()
{
    for (QWidget *row : std::as_const(m_rows)) {
        row->hide(); // gone from the layout now, not at the next event loop turn
        row->deleteLater();
    }
    m_rows.clear();
    for (int i = 0; i < m_media.size(); ++i) {
        const PostMedia &media = m_media.at(i);
        auto *row = new QWidget;
        row->setObjectName(QStringLiteral("mediaRow"));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *thumbnail = new QLabel(row);
        thumbnail->setFixedSize(72, 72);
        thumbnail->setAlignment(Qt::AlignCenter);
        QImageReader reader(media.path);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        if (image.isNull())
            thumbnail->setText(tr("No preview"));
        else
            thumbnail->setPixmap(
                QPixmap::fromImage(image.scaled(72, 72, Qt::KeepAspectRatio, Qt::SmoothTransformation)));

        auto *fields = new QVBoxLayout;
        auto *name = new QLabel(QFileInfo(media.path).fileName(), row);
        name->setToolTip(media.path);
        auto *alt = new QLineEdit(media.altText, row);
        alt->setObjectName(QStringLiteral("altText"));
        alt->setPlaceholderText(tr("Describe the image (required)"));
        alt->setReadOnly(m_readOnly);
        auto *missing = new QLabel(tr("A description is required: say what the image shows."), row);
        missing->setObjectName(QStringLiteral("altTextMissing"));
        missing->setStyleSheet(QStringLiteral("color: #b45309;"));
        missing->setVisible(media.altText.trimmed().isEmpty());
        fields->addWidget(name);
        fields->addWidget(alt);
        fields->addWidget(missing);
        if (const QStringList problems = m_fileProblems.value(i); !problems.isEmpty()) {
            auto *refused = new QLabel(problems.join(QLatin1Char('\n')), row);
            refused->setObjectName(QStringLiteral("mediaFileProblems"));
            refused->setWordWrap(true);
            refused->setStyleSheet(QStringLiteral("color: #b91c1c;"));
            fields->addWidget(refused);
        }
        auto *remove = new QPushButton(tr("Remove"), row);
        remove->setObjectName(QStringLiteral("removeMedia"));
        remove->setEnabled(!m_readOnly);
        rowLayout->addWidget(thumbnail, 0, Qt::AlignTop);
        rowLayout->addLayout(fields, 1);
        rowLayout->addWidget(remove, 0, Qt::AlignTop);
        m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, row);
        m_rows << row;

        connect(alt, &QLineEdit::textEdited, this, [this, i, missing](const QString &text) {
            m_media[i].altText = text;
            missing->setVisible(text.trimmed().isEmpty());
            emit edited();
        });
        connect(remove, &QPushButton::clicked, this, [this, i] {
            m_media.removeAt(i);
            m_fileProblems.clear(); // the indexes moved; the composer checks the files again
            rebuild();
            emit edited();
        });
    }
    m_add->setEnabled(!m_readOnly);
    m_empty->setVisible(m_media.isEmpty());
}

} // namespace ui
} // namespace vigie
