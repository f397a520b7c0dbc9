#pragma once

// Helpers for the offscreen GUI tests: answering modal dialogs, typing Vietnamese text.

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QTabBar>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace motcua::test {

// Calls `answer` with the next modal dialog (QDialog::exec, QMessageBox) from inside its event
// loop, so that the code under test can block on it. The flag turns true once answered; the
// poll gives up after `timeoutMs`. To answer a dialog that follows, call this again from
// `answer` after closing the first one.
inline std::shared_ptr<bool> answerNextModal(std::function<void(QWidget *)> answer,
                                             int timeoutMs = 10000)
{
    auto answered = std::make_shared<bool>(false);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible()) {
            if (clock->hasExpired(timeoutMs)) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        *answered = true;
        answer(modal);
    });
    timer->start();
    return answered;
}

// Clicks the button of a message box that has `role` (AcceptRole, RejectRole …).
inline bool clickMessageBoxButton(QWidget *modal, QMessageBox::ButtonRole role)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    if (!box)
        return false;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == role) {
            button->click();
            return true;
        }
    }
    return false;
}

// Types text character by character: QTest::keyClicks aborts on non-Latin-1 text ("Nguyễn").
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Replaces the text of a line edit, spin box or plain text edit as a user would.
inline void retype(QWidget *widget, const QString &text)
{
    widget->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    typeText(widget, text);
}

// One data row per language (vi, en) and per key of `pages` (MainWindow::Page): the columns
// "language" (QString) and "page" (int).
inline void addLanguageAndPageRows(const QMetaEnum &pages)
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("page");
    for (const char *language : {"vi", "en"}) {
        for (int i = 0; i < pages.keyCount(); ++i)
            QTest::addRow("%s %s", language, pages.key(i))
                << QString::fromLatin1(language) << pages.value(i);
    }
}

// The Alt+key mnemonics that two things shown at once in `window` claim (labels with a buddy,
// buttons, group boxes, tabs, the menu bar's menus): one of each pair never answers its key.
// Each clash reads "Alt+D: &Dossier | Ngày &duyệt".
inline QStringList mnemonicClashes(QWidget *window)
{
    QMap<QString, QStringList> claims;
    const auto claim = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            claims[key.toString()].append(text);
    };
    QList<QWidget *> widgets = window->findChildren<QWidget *>();
    widgets.prepend(window);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget->window() != window || !widget->isVisible())
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            claim(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            claim(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            claim(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabVisible(i))
                    claim(tabs->tabText(i));
            }
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : bar->actions()) {
                if (action->isVisible())
                    claim(action->text());
            }
        }
    }
    QStringList clashes;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it) {
        if (it.value().size() > 1)
            clashes << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" | "));
    }
    return clashes;
}

} // namespace motcua::test
