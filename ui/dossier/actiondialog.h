#pragma once

#include "domain/dossierflow.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace motcua {

// The small form of one action on a dossier: only the fields that action needs, filled with
// defaults. OK hands the input to `submit` (the store); its errors are shown in the dialog,
// which stays open on the first wrong field, so that nothing typed is lost.
class ActionDialog final : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<QList<FieldError>(const ActionInput &input)>;

    ActionDialog(DossierAction action, const Dossier &dossier, const ActionInput &defaults,
                 Submit submit, QWidget *parent = nullptr);

    DossierAction action() const { return m_action; }
    ActionInput input() const; // what the form says now

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *addField(const ActionField &field, const ActionInput &defaults);
    void addRow(const QString &field, QWidget *widget);
    void retranslate();
    void updateReturnMethod();
    void fillCollector();
    void showErrors(const QList<FieldError> &errors);

    const DossierAction m_action;
    const Dossier m_dossier;
    Submit m_submit;
    QFormLayout *m_form = nullptr;
    QHash<QString, QWidget *> m_fields; // DossierFlow::Field… → its editor
    QHash<QString, QLabel *> m_labels; // DossierFlow::Field… → its label
    QLabel *m_intro = nullptr;
    QLabel *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QDateTimeEdit *m_time = nullptr;
    QLineEdit *m_giver = nullptr;
    QLineEdit *m_receiver = nullptr;
    QLineEdit *m_office = nullptr;
    QPlainTextEdit *m_items = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_amount = nullptr;
    QDateTimeEdit *m_newDue = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_method = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_collectorName = nullptr;
    QLineEdit *m_collectorId = nullptr;
    QLineEdit *m_tracking = nullptr;
    QCheckBox *m_originals = nullptr;
    QCheckBox *m_receipt = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace motcua
