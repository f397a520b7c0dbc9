#include "dialogs/intakeslipdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace motcua {

IntakeSlipDialog::IntakeSlipDialog(Kind kind, const QStringList &suggestedItems, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("intakeSlipDialog"));
    auto *layout = new QVBoxLayout(this);
    if (kind == Kind::Completion) {
        setWindowTitle(tr("Request completion of the dossier"));
        auto *itemsLabel
            = new QLabel(tr("What must be added or completed (one item per line):"), this);
        m_items = new QPlainTextEdit(this);
        m_items->setObjectName(QStringLiteral("slipItems"));
        m_items->setPlainText(suggestedItems.join(QLatin1Char('\n')));
        itemsLabel->setBuddy(m_items);
        layout->addWidget(itemsLabel);
        layout->addWidget(m_items);
    } else {
        setWindowTitle(tr("Refuse to receive the dossier"));
    }
    auto *reasonLabel
        = new QLabel(kind == Kind::Completion ? tr("Reason:") : tr("Reason for refusing:"), this);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("slipReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    if (m_items)
        m_items->setTabChangesFocus(true);

    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(kind == Kind::Completion ? tr("Record and print the request")
                                           : tr("Record and print the refusal"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Enter starts a new line in the texts; Ctrl+Enter records, as on the reception page.
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        new QShortcut(keys, this, this, &IntakeSlipDialog::accept);
    resize(560, kind == Kind::Completion ? 420 : 240);
    (m_items ? static_cast<QWidget *>(m_items) : m_reason)->setFocus();
}

QStringList IntakeSlipDialog::items() const
{
    QStringList lines;
    if (!m_items)
        return lines;
    for (const QString &line : m_items->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

QString IntakeSlipDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void IntakeSlipDialog::accept()
{
    if (m_kind == Kind::Completion && items().isEmpty()) {
        m_error->setText(tr("List at least one item to add or complete."));
        m_error->show();
        m_items->setFocus();
        return;
    }
    if (reason().isEmpty()) {
        m_error->setText(tr("The reason is required."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace motcua
