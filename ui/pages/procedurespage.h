#pragma once

#include "domain/actor.h"
#include "domain/handover.h"
#include "domain/procedure.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace motcua {

class EditTable;
class ProcedureTableModel;

// The procedure catalogue: a diacritic-insensitive search and a field filter over the table,
// an editor for the selected procedure, CSV import and export. Every rule (validation,
// permissions, all-or-nothing import) is the store's; this page only shows its answers.
// Read-only until an actor allowed to edit the catalogue is set.
class ProceduresPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProceduresPage(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~ProceduresPage() override;

    void setActor(const Actor &actor);
    bool isReadOnly() const;

    // Shows the procedure in the editor (selecting its row when listed).
    bool selectProcedure(qint64 id);
    qint64 currentProcedureId() const { return m_current.id; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // True when there are no unsaved edits or the user agrees to discard them.
    bool confirmDiscard();

    // A step of the budgets as the editor shows it: the two roles by their translated names
    // ("counter" → the one-stop counter, "office" → the deciding office), an office by its own
    // name. budgetStepKey() goes back: a role's name in any letter case gives its key.
    static QString budgetStepName(const QString &key);
    static QString budgetStepKey(const QString &name);

    // What the file dialogs call, with the chosen path (tests call them directly).
    bool importCsvFile(const QString &path);
    bool exportCsvFile(const QString &path);

public slots:
    void newProcedure();
    bool save();
    // Activates the current procedure, or deactivates it after confirmation.
    void toggleActive();
    void importCsv();
    void exportCsv();
    void focusSearch();

signals:
    // After a save, an activation or an import: other pages may list procedures.
    void catalogueChanged();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void createLayout();
    void retranslate();
    void updateCutoffText();
    void applyPermissions();
    void refreshList();
    void refreshChoices();
    void showProcedure(const Procedure &procedure);
    Procedure editedProcedure(const StepBudgets &budgets) const;
    void setErrors(const QStringList &errors);
    void setStatus(const QString &text);
    void updateEditorState();
    void onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous);
    bool confirm(const QString &title, const QString &text, const QString &acceptText);
    void showImportErrors(const QStringList &errors);
    void appendRow(EditTable *table, int editColumn, const std::function<void(int)> &fill);
    void removeCurrentRow(EditTable *table);
    void moveDocument(int delta);
    void setDocumentRow(int row, const RequiredDocument &document);
    void addBudget();
    void setBudgetRow(int row, const QString &key, double days);
    // Fills the table; the reason when the stored text cannot be read (the table stays empty).
    QString showBudgets(const QString &json);
    // The budgets in the table; messages for the rows JSON cannot hold (a step without a name, a
    // step twice), with the first of those rows in *badRow.
    StepBudgets editedBudgets(QStringList *errors, int *badRow) const;
    void markDirty();

    QSqlDatabase m_db;
    Actor m_actor;
    Procedure m_current; // what the editor shows; id 0 for a new procedure
    StepBudgets m_shownBudgets; // the budgets of m_current as the table was filled
    bool m_dirty = false;
    bool m_loading = false; // filling the editor: changes are not edits
    bool m_selecting = false; // selecting a row programmatically

    ProcedureTableModel *m_model = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_fieldFilter = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;

    QLabel *m_editorTitle = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_nameLabel = nullptr;
    QPlainTextEdit *m_name = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QComboBox *m_field = nullptr;
    QLabel *m_levelLabel = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_officeLabel = nullptr;
    QComboBox *m_office = nullptr;
    QLabel *m_durationLabel = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QComboBox *m_unit = nullptr;
    QCheckBox *m_cutoff = nullptr;
    QLabel *m_feeLabel = nullptr;
    QLineEdit *m_fee = nullptr;
    QLabel *m_budgetsLabel = nullptr;
    EditTable *m_budgets = nullptr;
    QPushButton *m_addBudget = nullptr;
    QPushButton *m_removeBudget = nullptr;
    QCheckBox *m_effective = nullptr;
    QDateEdit *m_effectiveDate = nullptr;
    QCheckBox *m_active = nullptr;
    QGroupBox *m_documentsBox = nullptr;
    EditTable *m_documents = nullptr;
    QPushButton *m_addDocument = nullptr;
    QPushButton *m_removeDocument = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QLabel *m_errors = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_activeButton = nullptr;

    QAction *m_saveAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_deactivateAction = nullptr;
};

} // namespace motcua
