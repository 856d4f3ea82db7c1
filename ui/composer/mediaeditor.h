#pragma once

#include "core/postcontent.h"

#include <QHash>
#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace vigie {
namespace ui {

// The images attached to a post, each with its description (alt text) for people who use a
// screen reader: required, so a missing one is said in red next to the image.
class MediaEditor : public QWidget
{
    Q_OBJECT

public:
    // Asks which files to attach (a file dialog; tests answer without one).
    using FileChooser = std::function<QStringList(QWidget *parent)>;

    explicit MediaEditor(QWidget *parent = nullptr);

    void setMedia(const QList<PostMedia> &media);
    // The media with the descriptions as typed.
    QList<PostMedia> media() const { return m_media; }
    void setFileChooser(FileChooser chooser) { m_chooseFiles = std::move(chooser); }
    void setReadOnly(bool readOnly);
    // What the chosen channels' networks refuse, said in red: under each file (by its index in
    // media()) and above the list for the post as a whole (too many files).
    void setProblems(const QHash<int, QStringList> &perFile, const QStringList &general);

public slots:
    // Asks for files and reports them with filesChosen.
    void chooseFiles();

signals:
    // The host attaches them (hashing their bytes) and calls setMedia.
    void filesChosen(const QStringList &paths);
    void edited();

private:
    void rebuild();
    static QStringList askWithFileDialog(QWidget *parent);

    QList<PostMedia> m_media;
    FileChooser m_chooseFiles = &MediaEditor::askWithFileDialog;
    QVBoxLayout *m_rowsLayout = nullptr;
    QList<QWidget *> m_rows;
    QPushButton *m_add = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_generalProblems = nullptr;
    QHash<int, QStringList> m_fileProblems;
    bool m_readOnly = false;
};

} // namespace ui
} // namespace vigie
