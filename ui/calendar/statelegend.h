#pragma once

#include <QWidget>

namespace vigie {
namespace ui {

// What the state markers on the chips mean, painted with the same markers.
class StateLegend : public QWidget
{
    Q_OBJECT

public:
    explicit StateLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
};

} // namespace ui
} // namespace vigie
