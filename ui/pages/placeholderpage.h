#pragma once

#include <QWidget>

class QLabel;

namespace motcua {

// Holds a page's place in the navigation until its real widget is installed.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(QWidget *parent = nullptr);
    void setTitle(const QString &title);

private:
    QLabel *m_title;
};

} // namespace motcua
