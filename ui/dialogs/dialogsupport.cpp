#include "dialogs/dialogsupport.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>

namespace motcua::DialogSupport {

QLineEdit *passwordEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showMessage(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // A message of several lines makes the dialog taller instead of squeezing its fields.
    QWidget *window = label->window();
    if (QLayout *layout = window->layout()) {
        layout->activate();
        const int needed = layout->hasHeightForWidth()
            ? layout->totalHeightForWidth(window->width())
            : layout->totalSizeHint().height();
        if (window->height() < needed)
            window->resize(window->width(), needed);
    }
}

bool passwordsMatch(const QLineEdit *password, const QLineEdit *repeated, QLabel *message)
{
    if (password->text() == repeated->text())
        return true;
    showMessage(message,
                QCoreApplication::translate(
                    "DialogSupport", "The two passwords differ. Type the same password twice."));
    return false;
}

} // namespace motcua::DialogSupport
