#pragma once

#include "domain/reception.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace motcua {

// What the clerk writes on a request for completion (the missing items and why) or on a
// refusal (the reason).
class IntakeSlipDialog final : public QDialog
{
    Q_OBJECT

public:
    using Kind = IntakeSlip::Kind;

    IntakeSlipDialog(Kind kind, const QStringList &suggestedItems, QWidget *parent = nullptr);

    QStringList items() const;
    QString reason() const;

    void accept() override;

private:
    Kind m_kind;
    QPlainTextEdit *m_items = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace motcua
