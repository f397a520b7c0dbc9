#include "dialogs/dialogsupport.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QStatusBar>

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

void nameFileDialog(QFileDialog *dialog)
{
    const auto text = [](const char *source) {
        return QCoreApplication::translate("DialogSupport", source);
    };
    dialog->setLabelText(QFileDialog::Accept,
                         dialog->acceptMode() == QFileDialog::AcceptSave
                             ? text(QT_TRANSLATE_NOOP("DialogSupport", "Save"))
                             : text(QT_TRANSLATE_NOOP("DialogSupport", "Open")));
    dialog->setLabelText(QFileDialog::Reject, text(QT_TRANSLATE_NOOP("DialogSupport", "Cancel")));
    dialog->setLabelText(QFileDialog::FileName,
                         text(QT_TRANSLATE_NOOP("DialogSupport", "File name:")));
    dialog->setLabelText(QFileDialog::FileType,
                         text(QT_TRANSLATE_NOOP("DialogSupport", "File type:")));
    dialog->setLabelText(QFileDialog::LookIn, text(QT_TRANSLATE_NOOP("DialogSupport", "Look in:")));
}

QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                     const QString &filter, const QString &objectName)
{
    QFileDialog dialog(parent, title);
    dialog.setObjectName(objectName);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(filter);
    dialog.setDefaultSuffix(QFileInfo(suggestedPath).suffix());
    dialog.setDirectory(QFileInfo(suggestedPath).absolutePath());
    dialog.selectFile(QFileInfo(suggestedPath).fileName());
    nameFileDialog(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void announce(QWidget *from, const QString &text)
{
    for (QWidget *widget = from; widget; widget = widget->parentWidget()) {
        if (auto *window = qobject_cast<QMainWindow *>(widget)) {
            window->statusBar()->showMessage(text, 15000);
            return;
        }
    }
}

void announceSaved(QWidget *from, const QString &path)
{
    announce(from,
             QCoreApplication::translate("DialogSupport", "Saved as %1")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
}

} // namespace motcua::DialogSupport
