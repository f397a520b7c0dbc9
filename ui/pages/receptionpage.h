#pragma once

#include "domain/actor.h"
#include "domain/dossier.h"
#include "domain/reception.h"
#include "print/slipdocument.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace motcua {

class Database;
class ProcedurePicker;
class SlipPrinter;

// The clerk's main screen: receive a dossier by keyboard, with the deadline shown live, the
// duplicate warning, the ID card scan, and the three outcomes of reception.
class ReceptionPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReceptionPage(Database &database, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    // Reloads the catalogue and the calendar (after they were edited elsewhere).
    void reload();
    // Applies a line typed by an ID card scanner; false (and the form untouched) when malformed.
    bool applyCitizenCard(const QString &line);
    void clearForm();
    // Ctrl+Shift+N and its button: a new applicant, after asking when something typed would be
    // lost (not received, no slip recorded for it).
    void newApplicant();
    bool hasUnsavedInput() const;

    // Builds the request from the form (also used by tests).
    ReceptionRequest request() const;

    // The receipt of a dossier as this office prints it, explanation of the due time included.
    SlipDocument receipt(const Dossier &dossier) const;

signals:
    void dossierReceived(const motcua::Dossier &dossier);
    // A request for completion or a refusal was recorded (slip number, kind, procedure).
    void intakeSlipRecorded(qint64 slipId, bool refusal);

public slots:
    void receive();
    void requestCompletion();
    void refuse();
    // The list of requests for completion and refusals, to print one again.
    void showIssuedSlips();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildForm();
    void retranslate();
    void procedureChanged();
    void updateDeadline();
    void updateDuplicates();
    void updateApplicantKind();
    void addExtraDocument();
    void showErrors(const QList<FieldError> &errors);
    void clearErrors();
    QDate birthDate(QString *error) const;
    QStringList missingDocuments(bool includeConditional) const;
    // Records a request for completion or a refusal of the applicant in the form, then offers
    // its slip.
    void recordIntakeSlip(IntakeSlip::Kind kind, const QStringList &items, const QString &reason);
    void offerIntakeSlip(qint64 slipId, bool refusal);
    // Everything the form holds, to tell an untouched or recorded form from a typed one.
    QStringList formState() const;

    Database &m_database;
    Actor m_actor;
    QTimer *m_clock;
    SlipPrinter *m_printer;

    QLabel *m_title = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_procedureLabel = nullptr;
    ProcedurePicker *m_procedure = nullptr;
    QLabel *m_deadline = nullptr;
    QLabel *m_duplicates = nullptr;

    QGroupBox *m_applicantBox = nullptr;
    QLabel *m_scanLabel = nullptr;
    QLineEdit *m_scan = nullptr;
    QRadioButton *m_person = nullptr;
    QRadioButton *m_organisation = nullptr;
    QHash<QString, QLabel *> m_labels; // by field name
    QHash<QString, QWidget *> m_fields; // by Reception::Field… name
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_birth = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_email = nullptr;

    QGroupBox *m_proxyBox = nullptr;
    QLineEdit *m_proxyName = nullptr;
    QLineEdit *m_proxyId = nullptr;
    QLineEdit *m_proxyPhone = nullptr;
    QLineEdit *m_proxyAddress = nullptr;

    QGroupBox *m_dossierBox = nullptr;
    QComboBox *m_channel = nullptr;
    QTableWidget *m_documents = nullptr;
    QLineEdit *m_extraDocument = nullptr;
    QPushButton *m_addDocument = nullptr;
    QSpinBox *m_sets = nullptr;
    QRadioButton *m_returnCounter = nullptr;
    QRadioButton *m_returnPost = nullptr;
    QLineEdit *m_returnAddress = nullptr;
    QPlainTextEdit *m_note = nullptr;

    QPushButton *m_receiveButton = nullptr;
    QPushButton *m_completionButton = nullptr;
    QPushButton *m_refuseButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_issuedSlipsButton = nullptr;

    QHash<QObject *, QString> m_textBeforeScan;
    QStringList m_emptyState;
    QStringList m_recordedState; // as it was when its slip was recorded
};

} // namespace motcua
