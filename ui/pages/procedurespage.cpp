#include "pages/procedurespage.h"

#include "domain/officesettings.h"
#include "domain/text.h"
#include "item/proceduretablemodel.h"
#include "store/procedurestore.h"
#include "store/settingsstore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace motcua {

// A table edited in place (documents, step budgets), with a way to commit a cell still being
// edited when Ctrl+S is pressed.
class EditTable final : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

    void commitOpenEditor()
    {
        QWidget *editor = QApplication::focusWidget();
        if (state() == EditingState && editor && isAncestorOf(editor) && editor != viewport()) {
            commitData(editor);
            closeEditor(editor, QAbstractItemDelegate::NoHint);
        }
    }
};

namespace {

enum DocumentColumn { DocumentName, DocumentOriginals, DocumentCopies, DocumentColumnCount };
enum BudgetColumn { BudgetStep, BudgetDays, BudgetColumnCount };

// The key of a budget's step ("counter", "office" or an office's name) beside the name shown.
constexpr int StepKeyRole = Qt::UserRole;

const QString counterKey = QStringLiteral("counter");
const QString officeKey = QStringLiteral("office");

// Counts of originals and copies: a spin box that cannot go below zero.
class CountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *editor = new QSpinBox(parent);
        editor->setRange(0, 99);
        editor->setFrame(false);
        editor->setAlignment(Qt::AlignCenter);
        return editor;
    }
};

// Durations as people write them: "3" and "0,5", not "3,00" and "0,50".
QString amountText(QLocale numbers, double value, int decimals)
{
    numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = numbers.toString(value, 'f', decimals);
    if (text.contains(numbers.decimalPoint())) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(numbers.decimalPoint()))
            text.chop(numbers.decimalPoint().size());
    }
    return text;
}

class DurationSpinBox final : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    QString textFromValue(double value) const override
    {
        return amountText(locale(), value, decimals());
    }
};

QComboBox *editableCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    // Long official names must not widen the editor beyond the screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(16);
    return combo;
}

// The working days of a step: from 0 to 1000 (StepBudgets::parse) by quarters of a day.
class BudgetDaysDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *editor = new DurationSpinBox(parent);
        editor->setRange(0, 1000);
        editor->setDecimals(2);
        editor->setSingleStep(0.25);
        editor->setFrame(false);
        editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return editor;
    }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        return amountText(locale, value.toDouble(), 2);
    }
};

// The step of a budget: the two roles by their names and the known deciding offices to choose
// from, or any office's name typed. The cell keeps the key (StepKeyRole) and shows the name.
class BudgetStepDelegate final : public QStyledItemDelegate
{
public:
    BudgetStepDelegate(std::function<QStringList()> offices, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_offices(std::move(offices))
    { }

    void setPlaceholder(const QString &text) { m_placeholder = text; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        QComboBox *combo = editableCombo(QStringLiteral("budgetStepCombo"), parent);
        combo->setFrame(false);
        for (const QString &key : {counterKey, officeKey})
            combo->addItem(ProceduresPage::budgetStepName(key), key);
        for (const QString &office : m_offices()) {
            if (combo->findText(office, Qt::MatchFixedString) < 0)
                combo->addItem(office, office);
        }
        combo->lineEdit()->setPlaceholderText(m_placeholder);
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentText(index.data(Qt::DisplayRole).toString());
        // All selected, to be typed over. Enter on a whole selection accepts the inline
        // completion, which is the first choice until something is typed: make it this text.
        combo->completer()->setCompletionPrefix(combo->currentText());
        combo->lineEdit()->selectAll();
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        const QString key
            = ProceduresPage::budgetStepKey(static_cast<QComboBox *>(editor)->currentText());
        model->setData(index, key, StepKeyRole);
        model->setData(index, ProceduresPage::budgetStepName(key), Qt::EditRole);
    }

private:
    std::function<QStringList()> m_offices;
    QString m_placeholder;
};

void setChoices(QComboBox *combo, const QStringList &values)
{
    const QString text = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItems(values);
    combo->setCurrentText(text);
}

} // namespace

ProceduresPage::ProceduresPage(const QSqlDatabase &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("proceduresPage"));
    createWidgets();
    createLayout();
    retranslate();
    refreshChoices();
    applyPermissions();
    if (m_model->rowCount() > 0)
        selectProcedure(m_model->procedure(0).id);
    else
        showProcedure({});
}

ProceduresPage::~ProceduresPage()
{
    // A cell editor still open commits as the tables go: not an edit of a page being destroyed.
    m_documents->disconnect(this);
    m_budgets->disconnect(this);
}

void ProceduresPage::createWidgets()
{
    m_readOnlyBanner = new QLabel(this);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("QLabel { background: palette(alternate-base); border: 1px solid "
                       "palette(mid); padding: 6px; }"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("procedureSearch"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &ProceduresPage::refreshList);

    m_fieldFilter = new QComboBox(this);
    m_fieldFilter->setObjectName(QStringLiteral("fieldFilter"));
    m_fieldFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fieldFilter->setMinimumContentsLength(18);
    connect(m_fieldFilter, &QComboBox::currentIndexChanged, this, &ProceduresPage::refreshList);

    m_newButton = new QPushButton(this);
    m_newButton->setObjectName(QStringLiteral("newProcedureButton"));
    connect(m_newButton, &QPushButton::clicked, this, &ProceduresPage::newProcedure);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_importButton, &QPushButton::clicked, this, &ProceduresPage::importCsv);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ProceduresPage::exportCsv);

    m_model = new ProcedureTableModel(m_db, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("proceduresTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    // The name takes what the short columns leave; field and office are elided (tooltips).
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ProcedureTableModel::Name, QHeaderView::Stretch);
    for (int column : {ProcedureTableModel::Field, ProcedureTableModel::DecidingOffice}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, m_table->fontMetrics().averageCharWidth() * 22);
    }
    header->setMinimumSectionSize(40);
    // No column chosen: the catalogue's own order (field, then name); a third click clears.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProceduresPage::onCurrentRowChanged);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("procedureCount"));

    m_editorTitle = new QLabel(this);
    m_editorTitle->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_editorTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_editorTitle->setFont(titleFont);
    m_editorTitle->setWordWrap(true);

    m_codeLabel = new QLabel(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(40);
    m_nameLabel = new QLabel(this);
    m_name = new QPlainTextEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setTabChangesFocus(true);
    m_name->setFixedHeight(m_name->fontMetrics().lineSpacing() * 2 + 12);
    m_fieldLabel = new QLabel(this);
    m_field = editableCombo(QStringLiteral("fieldCombo"), this);
    m_levelLabel = new QLabel(this);
    m_level = editableCombo(QStringLiteral("levelCombo"), this);
    m_officeLabel = new QLabel(this);
    m_office = editableCombo(QStringLiteral("officeCombo"), this);

    m_durationLabel = new QLabel(this);
    m_duration = new DurationSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    // The limits are the store's to enforce (Procedures::validate), with its message.
    m_duration->setRange(0, 100000);
    m_duration->setDecimals(2);
    m_duration->setSingleStep(0.5);
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    for (DeadlineRule::Unit unit :
         {DeadlineRule::Unit::Days, DeadlineRule::Unit::Hours, DeadlineRule::Unit::SameDay})
        m_unit->addItem(QString(), int(unit));
    m_cutoff = new QCheckBox(this);
    m_cutoff->setObjectName(QStringLiteral("cutoffCheck"));
    m_feeLabel = new QLabel(this);
    m_fee = new QLineEdit(this);
    m_fee->setObjectName(QStringLiteral("feeEdit"));
    m_budgetsLabel = new QLabel(this);
    m_budgets = new EditTable(0, BudgetColumnCount, this);
    m_budgets->setObjectName(QStringLiteral("stepBudgetsTable"));
    m_budgets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_budgets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_budgets->setWordWrap(false);
    m_budgets->verticalHeader()->hide();
    m_budgets->horizontalHeader()->setHighlightSections(false);
    m_budgets->verticalHeader()->setDefaultSectionSize(m_budgets->fontMetrics().height() + 8);
    m_budgets->horizontalHeader()->setSectionResizeMode(BudgetStep, QHeaderView::Stretch);
    m_budgets->horizontalHeader()->setSectionResizeMode(BudgetDays, QHeaderView::ResizeToContents);
    m_budgets->setItemDelegateForColumn(BudgetStep,
                                        new BudgetStepDelegate(
                                            [this] {
                                                QStringList offices;
                                                for (int i = 0; i < m_office->count(); ++i)
                                                    offices.append(m_office->itemText(i));
                                                return offices;
                                            },
                                            m_budgets));
    m_budgets->setItemDelegateForColumn(BudgetDays, new BudgetDaysDelegate(m_budgets));
    // Room for the header and four steps; more scroll.
    m_budgets->setFixedHeight(m_budgets->horizontalHeader()->sizeHint().height()
                              + 4 * m_budgets->verticalHeader()->defaultSectionSize()
                              + 2 * m_budgets->frameWidth());
    m_addBudget = new QPushButton(this);
    m_addBudget->setObjectName(QStringLiteral("addBudgetButton"));
    m_removeBudget = new QPushButton(this);
    m_removeBudget->setObjectName(QStringLiteral("removeBudgetButton"));
    connect(m_addBudget, &QPushButton::clicked, this, &ProceduresPage::addBudget);
    connect(m_removeBudget, &QPushButton::clicked, this, [this] { removeCurrentRow(m_budgets); });
    connect(m_budgets, &QTableWidget::currentCellChanged, this, &ProceduresPage::updateEditorState);
    m_effective = new QCheckBox(this);
    m_effective->setObjectName(QStringLiteral("effectiveCheck"));
    // In the label column: text then box, right-aligned like the labels above it.
    m_effective->setLayoutDirection(Qt::RightToLeft);
    m_effectiveDate = new QDateEdit(this);
    m_effectiveDate->setObjectName(QStringLiteral("effectiveDate"));
    m_effectiveDate->setCalendarPopup(true);
    m_effectiveDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_active = new QCheckBox(this);
    m_active->setObjectName(QStringLiteral("activeCheck"));

    m_documentsBox = new QGroupBox(this);
    m_documents = new EditTable(0, DocumentColumnCount, m_documentsBox);
    m_documents->setObjectName(QStringLiteral("documentsTable"));
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->setWordWrap(true);
    m_documents->verticalHeader()->hide();
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentName, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentOriginals,
                                                          QHeaderView::ResizeToContents);
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentCopies,
                                                          QHeaderView::ResizeToContents);
    m_documents->setItemDelegateForColumn(DocumentOriginals, new CountDelegate(m_documents));
    m_documents->setItemDelegateForColumn(DocumentCopies, new CountDelegate(m_documents));
    m_documents->setMinimumHeight(120);
    // Long document names wrap: the rows follow the width of the name column.
    m_documents->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_addDocument = new QPushButton(m_documentsBox);
    m_addDocument->setObjectName(QStringLiteral("addDocumentButton"));
    m_removeDocument = new QPushButton(m_documentsBox);
    m_removeDocument->setObjectName(QStringLiteral("removeDocumentButton"));
    m_moveUp = new QPushButton(m_documentsBox);
    m_moveUp->setObjectName(QStringLiteral("moveDocumentUpButton"));
    m_moveDown = new QPushButton(m_documentsBox);
    m_moveDown->setObjectName(QStringLiteral("moveDocumentDownButton"));
    connect(m_addDocument, &QPushButton::clicked, this, [this] {
        appendRow(m_documents, DocumentName, [this](int row) {
            setDocumentRow(row, {QString(), 1, 0});
        });
    });
    connect(m_removeDocument, &QPushButton::clicked, this,
            [this] { removeCurrentRow(m_documents); });
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveDocument(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveDocument(1); });
    connect(m_documents, &QTableWidget::currentCellChanged, this,
            &ProceduresPage::updateEditorState);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("procedureErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_errors->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("procedureStatus"));
    m_status->setWordWrap(true);

    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &ProceduresPage::save);
    m_activeButton = new QPushButton(this);
    m_activeButton->setObjectName(QStringLiteral("activeButton"));
    connect(m_activeButton, &QPushButton::clicked, this, &ProceduresPage::toggleActive);

    // Page shortcuts. Ctrl+N is also the window's "receive a dossier": see event().
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_saveAction, &QAction::triggered, this, &ProceduresPage::save);
    addAction(m_saveAction);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &ProceduresPage::focusSearch);
    addAction(m_findAction);
    m_deactivateAction = new QAction(m_table);
    m_deactivateAction->setShortcut(QKeySequence::Delete);
    m_deactivateAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deactivateAction, &QAction::triggered, this, &ProceduresPage::toggleActive);
    m_table->addAction(m_deactivateAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    // Every change in the editor is an unsaved edit.
    connect(m_code, &QLineEdit::textEdited, this, &ProceduresPage::markDirty);
    connect(m_name, &QPlainTextEdit::textChanged, this, &ProceduresPage::markDirty);
    for (QComboBox *combo : {m_field, m_level, m_office})
        connect(combo, &QComboBox::editTextChanged, this, &ProceduresPage::markDirty);
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, &ProceduresPage::markDirty);
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        markDirty();
        updateEditorState();
    });
    connect(m_cutoff, &QCheckBox::toggled, this, &ProceduresPage::markDirty);
    connect(m_fee, &QLineEdit::textEdited, this, &ProceduresPage::markDirty);
    connect(m_budgets, &QTableWidget::itemChanged, this, &ProceduresPage::markDirty);
    connect(m_effective, &QCheckBox::toggled, this, [this] {
        markDirty();
        updateEditorState();
    });
    connect(m_effectiveDate, &QDateEdit::dateChanged, this, &ProceduresPage::markDirty);
    connect(m_active, &QCheckBox::toggled, this, &ProceduresPage::markDirty);
    connect(m_documents, &QTableWidget::itemChanged, this, &ProceduresPage::markDirty);
}

void ProceduresPage::createLayout()
{
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_fieldFilter);
    top->addSpacing(12);
    top->addWidget(m_newButton);
    top->addWidget(m_importButton);
    top->addWidget(m_exportButton);

    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_table, 1);
    listLayout->addWidget(m_count);

    // The editor below the table, in two columns (fields | documents): the table keeps the
    // whole width for the long official names.
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_duration);
    duration->addWidget(m_unit);
    duration->addSpacing(12);
    duration->addWidget(m_cutoff);
    duration->addStretch();
    auto *effective = new QHBoxLayout;
    effective->addWidget(m_effectiveDate);
    effective->addSpacing(12);
    effective->addWidget(m_active);
    effective->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(m_codeLabel, m_code);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_fieldLabel, m_field);
    form->addRow(m_levelLabel, m_level);
    form->addRow(m_officeLabel, m_office);
    form->addRow(m_durationLabel, duration);
    form->addRow(m_feeLabel, m_fee);
    auto *budgetButtons = new QHBoxLayout;
    budgetButtons->addWidget(m_addBudget);
    budgetButtons->addWidget(m_removeBudget);
    budgetButtons->addStretch();
    auto *budgets = new QVBoxLayout;
    budgets->addWidget(m_budgets);
    budgets->addLayout(budgetButtons);
    form->addRow(m_budgetsLabel, budgets);
    form->addRow(m_effective, effective);
    m_codeLabel->setBuddy(m_code);
    m_nameLabel->setBuddy(m_name);
    m_fieldLabel->setBuddy(m_field);
    m_levelLabel->setBuddy(m_level);
    m_officeLabel->setBuddy(m_office);
    m_durationLabel->setBuddy(m_duration);
    m_feeLabel->setBuddy(m_fee);
    m_budgetsLabel->setBuddy(m_budgets);

    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 6, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_addDocument);
    documentButtons->addWidget(m_removeDocument);
    documentButtons->addStretch();
    documentButtons->addWidget(m_moveUp);
    documentButtons->addWidget(m_moveDown);
    auto *documentsLayout = new QVBoxLayout(m_documentsBox);
    documentsLayout->addWidget(m_documents, 1);
    documentsLayout->addLayout(documentButtons);

    auto *columns = new QHBoxLayout;
    columns->addWidget(scroll, 3);
    columns->addWidget(m_documentsBox, 2);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_activeButton);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_saveButton);

    auto *editorPanel = new QWidget(this);
    auto *editorPanelLayout = new QVBoxLayout(editorPanel);
    editorPanelLayout->setContentsMargins(0, 0, 0, 0);
    editorPanelLayout->addWidget(m_editorTitle);
    editorPanelLayout->addLayout(columns, 1);
    editorPanelLayout->addWidget(m_errors);
    editorPanelLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("proceduresSplitter"));
    splitter->addWidget(listPanel);
    splitter->addWidget(editorPanel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyBanner);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
}

void ProceduresPage::retranslate()
{
    m_readOnlyBanner->setText(tr("%1 You can search the catalogue and export it.")
                                  .arg(Roles::deniedMessage(Permission::EditCatalogue)));
    m_search->setPlaceholderText(tr("Search by code or name, with or without diacritics (Ctrl+F)"));
    if (m_fieldFilter->count() > 0)
        m_fieldFilter->setItemText(0, tr("All fields"));
    m_newButton->setText(tr("Ne&w procedure"));
    m_newButton->setToolTip(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText));
    m_importButton->setText(tr("Import CSV…"));
    m_importButton->setToolTip(tr("Add or update procedures from a CSV file: all rows or none"));
    m_exportButton->setText(tr("E&xport CSV…"));

    m_codeLabel->setText(tr("&Code:"));
    m_code->setPlaceholderText(tr("National code, e.g. 1.001193"));
    m_nameLabel->setText(tr("Na&me:"));
    m_fieldLabel->setText(tr("F&ield:"));
    m_levelLabel->setText(tr("&Level:"));
    m_officeLabel->setText(tr("Decidi&ng office:"));
    m_durationLabel->setText(tr("&Time limit:"));
    m_unit->setItemText(0, tr("working days"));
    m_unit->setItemText(1, tr("working hours"));
    m_unit->setItemText(2, tr("same day"));
    updateCutoffText();
    m_feeLabel->setText(tr("F&ee:"));
    m_budgetsLabel->setText(tr("Step bud&gets:"));
    const QString budgetsHelp
        = tr("Optional: the working days each step may take. The control slip judges each "
             "handover early, on time or late against them. A step is the one-stop counter, the "
             "deciding office, or an office by its exact name (which wins over the deciding "
             "office). A step without a budget has until the dossier's due time.");
    m_budgetsLabel->setToolTip(budgetsHelp);
    m_budgets->setToolTip(budgetsHelp);
    m_budgets->setHorizontalHeaderLabels({tr("Step"), tr("Working days")});
    static_cast<BudgetStepDelegate *>(m_budgets->itemDelegateForColumn(BudgetStep))
        ->setPlaceholder(tr("An office's name"));
    {
        const bool loading = m_loading; // the role names in the new language are not edits
        m_loading = true;
        for (int row = 0; row < m_budgets->rowCount(); ++row) {
            if (QTableWidgetItem *step = m_budgets->item(row, BudgetStep))
                step->setText(budgetStepName(step->data(StepKeyRole).toString()));
        }
        m_loading = loading;
    }
    m_addBudget->setText(tr("Add &budget"));
    m_removeBudget->setText(tr("Remove b&udget"));
    m_effective->setText(tr("Effective fr&om:"));
    m_active->setText(tr("In use (offered at rece&ption)"));
    m_documentsBox->setTitle(tr("Required documents"));
    m_documents->setHorizontalHeaderLabels({tr("Document"), tr("Originals"), tr("Copies")});
    m_addDocument->setText(tr("&Add"));
    m_removeDocument->setText(tr("&Remove"));
    m_moveUp->setText(tr("Move up"));
    m_moveDown->setText(tr("Move down"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    m_deactivateAction->setText(tr("Deactivate…"));
    updateEditorState();
}

void ProceduresPage::updateCutoffText()
{
    const QString cutoff
        = OfficeSettings::cutoffTime(SettingsStore(m_db).all()).toString(QStringLiteral("HH:mm"));
    m_cutoff->setText(tr("Cut-off at %1").arg(cutoff));
    m_cutoff->setToolTip(
        tr("Dossiers received at or after %1 count from the next working day.").arg(cutoff));
}

void ProceduresPage::showEvent(QShowEvent *event)
{
    // The office's cut-off hour may have changed on the settings page.
    updateCutoffText();
    refreshList();
    QWidget::showEvent(event);
}

void ProceduresPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refreshList(); // durations and headers are the model's localized texts
        // Level names are shown in the interface language.
        const QString level = Procedures::levelFromLabel(m_level->currentText());
        refreshChoices();
        const bool loading = m_loading;
        m_loading = true; // the same level in other words is not an edit
        m_level->setCurrentText(Procedures::levelLabel(level));
        m_loading = loading;
    }
    QWidget::changeEvent(event);
}

bool ProceduresPage::event(QEvent *event)
{
    // Ctrl+N is "receive a dossier" in the whole window; on this page, for those who may edit
    // the catalogue, it means a new procedure. Claiming the key here keeps the window's
    // shortcut from firing; the key press then reaches keyPressEvent().
    if (event->type() == QEvent::ShortcutOverride && !isReadOnly()
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::New)) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void ProceduresPage::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::New)) {
        newProcedure();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ProceduresPage::setActor(const Actor &actor)
{
    m_actor = actor;
    applyPermissions();
}

bool ProceduresPage::isReadOnly() const
{
    return !m_actor.can(Permission::EditCatalogue);
}

void ProceduresPage::applyPermissions()
{
    const bool editable = !isReadOnly();
    m_readOnlyBanner->setVisible(!editable);
    m_code->setReadOnly(!editable);
    m_name->setReadOnly(!editable);
    m_fee->setReadOnly(!editable);
    for (QWidget *widget : std::initializer_list<QWidget *> {m_field, m_level, m_office, m_unit,
                                                             m_cutoff, m_effective, m_active})
        widget->setEnabled(editable);
    for (EditTable *table : {m_documents, m_budgets})
        table->setEditTriggers(editable ? QAbstractItemView::DoubleClicked
                                       | QAbstractItemView::EditKeyPressed
                                       | QAbstractItemView::AnyKeyPressed
                                        : QAbstractItemView::NoEditTriggers);
    m_newButton->setEnabled(editable);
    m_importButton->setEnabled(editable);
    m_saveAction->setEnabled(editable);
    updateEditorState();
}

void ProceduresPage::updateEditorState()
{
    const bool editable = !isReadOnly();
    m_editorTitle->setText(m_current.id
                               ? QStringLiteral("%1 · %2").arg(m_current.code, m_current.name)
                               : tr("New procedure"));
    const bool sameDay
        = DeadlineRule::Unit(m_unit->currentData().toInt()) == DeadlineRule::Unit::SameDay;
    m_duration->setEnabled(editable && !sameDay);
    m_effectiveDate->setEnabled(editable && m_effective->isChecked());
    const int row = m_documents->currentRow();
    m_addDocument->setVisible(editable);
    m_removeDocument->setVisible(editable);
    m_moveUp->setVisible(editable);
    m_moveDown->setVisible(editable);
    m_removeDocument->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < m_documents->rowCount() - 1);
    m_addBudget->setVisible(editable);
    m_removeBudget->setVisible(editable);
    m_removeBudget->setEnabled(m_budgets->currentRow() >= 0);
    // Nothing to save until something is edited (a new procedure is an edit).
    m_saveButton->setEnabled(editable && (m_dirty || m_current.id == 0));
    m_activeButton->setEnabled(editable && m_current.id != 0);
    m_deactivateAction->setEnabled(editable && m_current.id != 0 && m_current.active);
    m_activeButton->setText(m_current.active || !m_current.id ? tr("Deactivate…") : tr("Activate"));
}

void ProceduresPage::refreshChoices()
{
    ProcedureStore store(m_db);
    const QStringList fields = store.fields();
    {
        const QString selected = m_fieldFilter->currentData().toString();
        const QSignalBlocker blocker(m_fieldFilter);
        m_fieldFilter->clear();
        m_fieldFilter->addItem(tr("All fields"), QString());
        for (const QString &field : fields)
            m_fieldFilter->addItem(field, field);
        m_fieldFilter->setCurrentIndex(qMax(0, m_fieldFilter->findData(selected)));
    }
    const bool loading = m_loading;
    m_loading = true; // refilling the lists is not an edit
    setChoices(m_field, fields);
    QStringList levels = store.levels();
    for (QString &level : levels)
        level = Procedures::levelLabel(level);
    setChoices(m_level, levels);
    setChoices(m_office, store.decidingOffices());
    m_loading = loading;
}

void ProceduresPage::refreshList()
{
    m_model->refresh(m_search->text(), m_fieldFilter->currentData().toString());
    m_count->setText(tr("%n procedure(s)", nullptr, m_model->rowCount()));
    // Keep the edited procedure selected when it is still listed.
    const int row = m_model->rowOfId(m_current.id);
    m_selecting = true;
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, ProcedureTableModel::Code));
        m_table->scrollTo(m_table->currentIndex());
    } else {
        m_table->clearSelection();
    }
    m_selecting = false;
}

void ProceduresPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ProceduresPage::onCurrentRowChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (m_selecting || !current.isValid())
        return;
    const Procedure &chosen = m_model->procedure(current.row());
    if (chosen.id == m_current.id)
        return;
    if (!confirmDiscard()) {
        // Stay on the procedure being edited.
        m_selecting = true;
        const int row = m_model->rowOfId(m_current.id);
        m_table->setCurrentIndex(row >= 0 ? m_model->index(row, previous.column()) : QModelIndex());
        m_selecting = false;
        return;
    }
    showProcedure(chosen);
}

bool ProceduresPage::selectProcedure(qint64 id)
{
    const auto procedure = ProcedureStore(m_db).find(id);
    if (!procedure)
        return false;
    showProcedure(*procedure);
    const int row = m_model->rowOfId(id);
    m_selecting = true;
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, ProcedureTableModel::Code));
    else
        m_table->clearSelection();
    m_selecting = false;
    return true;
}

void ProceduresPage::setDocumentRow(int row, const RequiredDocument &document)
{
    auto *name = new QTableWidgetItem(document.name);
    name->setToolTip(document.name);
    m_documents->setItem(row, DocumentName, name);
    for (const auto &[column, count] : {std::pair {DocumentOriginals, document.originals},
                                        std::pair {DocumentCopies, document.copies}}) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, count);
        item->setTextAlignment(Qt::AlignCenter);
        m_documents->setItem(row, column, item);
    }
}

void ProceduresPage::showProcedure(const Procedure &procedure)
{
    m_loading = true;
    m_current = procedure;
    m_code->setText(procedure.code);
    m_name->setPlainText(procedure.name);
    m_field->setCurrentText(procedure.field);
    m_level->setCurrentText(Procedures::levelLabel(procedure.level));
    m_office->setCurrentText(procedure.decidingOffice);
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(int(procedure.rule.unit))));
    m_duration->setValue(procedure.rule.amount);
    m_cutoff->setChecked(procedure.rule.cutoff);
    m_fee->setText(procedure.fee);
    m_fee->setCursorPosition(0);
    const QString unreadableBudgets = showBudgets(procedure.stepBudgets);
    m_effective->setChecked(procedure.effectiveFrom.isValid());
    m_effectiveDate->setDate(procedure.effectiveFrom.isValid() ? procedure.effectiveFrom
                                                               : QDate::currentDate());
    m_active->setChecked(procedure.active);
    m_documents->setRowCount(int(procedure.documents.size()));
    for (int row = 0; row < procedure.documents.size(); ++row)
        setDocumentRow(row, procedure.documents.at(row));
    m_loading = false;
    m_dirty = false;
    // Stored budgets the table cannot show (written by hand in the database) are kept until
    // the table is edited; say why it is empty.
    setErrors({unreadableBudgets});
    updateEditorState();
}

QString ProceduresPage::showBudgets(const QString &json)
{
    QString error;
    if (!StepBudgets::parse(json, &m_shownBudgets, &error))
        m_shownBudgets = {};
    // The roles first, then the offices by name.
    QStringList keys = m_shownBudgets.days.keys();
    const auto rank = [](const QString &key) {
        return key == counterKey ? 0 : key == officeKey ? 1 : 2;
    };
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return a.localeAwareCompare(b) < 0;
    });
    m_budgets->setRowCount(int(keys.size()));
    for (int row = 0; row < keys.size(); ++row)
        setBudgetRow(row, keys.at(row), m_shownBudgets.days.value(keys.at(row)));
    return error;
}

void ProceduresPage::setBudgetRow(int row, const QString &key, double days)
{
    auto *step = new QTableWidgetItem(budgetStepName(key));
    step->setData(StepKeyRole, key);
    m_budgets->setItem(row, BudgetStep, step);
    auto *amount = new QTableWidgetItem;
    amount->setData(Qt::EditRole, days);
    amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_budgets->setItem(row, BudgetDays, amount);
}

StepBudgets ProceduresPage::editedBudgets(QStringList *errors, int *badRow) const
{
    StepBudgets budgets;
    *badRow = -1;
    for (int row = 0; row < m_budgets->rowCount(); ++row) {
        const QTableWidgetItem *step = m_budgets->item(row, BudgetStep);
        const QTableWidgetItem *days = m_budgets->item(row, BudgetDays);
        const QString key = step ? step->data(StepKeyRole).toString() : QString();
        QString problem;
        if (key.isEmpty())
            problem
                = tr("Step budgets, row %1: choose a step or type an office's name.").arg(row + 1);
        else if (budgets.days.contains(key))
            problem = tr("Step budgets: \"%1\" is listed more than once.").arg(budgetStepName(key));
        if (problem.isEmpty()) {
            budgets.days.insert(key, days ? days->data(Qt::EditRole).toDouble() : 0.0);
            continue;
        }
        if (!errors->contains(problem))
            errors->append(problem);
        if (*badRow < 0)
            *badRow = row;
    }
    return budgets;
}

QString ProceduresPage::budgetStepName(const QString &key)
{
    if (key == counterKey)
        return tr("One-stop counter");
    if (key == officeKey)
        return tr("Deciding office");
    return key;
}

QString ProceduresPage::budgetStepKey(const QString &name)
{
    const QString text = Text::normalized(name);
    for (const QString &key : {counterKey, officeKey}) {
        if (text == key || text.compare(budgetStepName(key), Qt::CaseInsensitive) == 0)
            return key;
    }
    return text;
}

Procedure ProceduresPage::editedProcedure(const StepBudgets &budgets) const
{
    Procedure procedure = m_current; // keeps the id
    procedure.code = m_code->text();
    procedure.name = m_name->toPlainText();
    procedure.field = m_field->currentText();
    procedure.level = Procedures::levelFromLabel(m_level->currentText());
    procedure.decidingOffice = m_office->currentText();
    procedure.rule.unit = DeadlineRule::Unit(m_unit->currentData().toInt());
    procedure.rule.amount = m_duration->value();
    procedure.rule.cutoff = m_cutoff->isChecked();
    procedure.fee = m_fee->text();
    // Unchanged budgets are not rewritten (null): stored text the table could not show stays.
    procedure.stepBudgets = budgets.days == m_shownBudgets.days ? QString() : budgets.toJson();
    procedure.effectiveFrom = m_effective->isChecked() ? m_effectiveDate->date() : QDate();
    procedure.active = m_active->isChecked();
    procedure.documents.clear();
    for (int row = 0; row < m_documents->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_documents->item(row, column);
            return item ? item->data(Qt::EditRole) : QVariant();
        };
        procedure.documents.append({text(DocumentName).toString(), text(DocumentOriginals).toInt(),
                                    text(DocumentCopies).toInt()});
    }
    return procedure;
}

void ProceduresPage::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    setStatus({});
    updateEditorState();
}

void ProceduresPage::setErrors(const QStringList &errors)
{
    QStringList lines;
    for (const QString &error : errors) {
        if (!error.trimmed().isEmpty())
            lines.append(QStringLiteral("• ") + error.toHtmlEscaped());
    }
    m_errors->setText(lines.join(QStringLiteral("<br>")));
    m_errors->setVisible(!lines.isEmpty());
}

void ProceduresPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

bool ProceduresPage::confirm(const QString &title, const QString &text, const QString &acceptText)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmBox"));
    QPushButton *accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

bool ProceduresPage::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const QString which = m_current.id ? m_current.code : tr("the new procedure");
    if (!confirm(tr("Unsaved changes"),
                 tr("The changes to %1 are not saved. Discard them?").arg(which),
                 tr("Discard changes")))
        return false;
    m_dirty = false;
    return true;
}

void ProceduresPage::newProcedure()
{
    if (isReadOnly() || !confirmDiscard())
        return;
    Procedure procedure;
    procedure.field = m_fieldFilter->currentData().toString();
    procedure.level = OfficeSettings::withDefaults(SettingsStore(m_db).all())
                          .value(QStringLiteral("office.level"));
    m_selecting = true;
    m_table->clearSelection();
    m_table->selectionModel()->setCurrentIndex({}, QItemSelectionModel::NoUpdate);
    m_selecting = false;
    showProcedure(procedure);
    setStatus({});
    m_code->setFocus(Qt::OtherFocusReason);
}

bool ProceduresPage::save()
{
    if (isReadOnly())
        return false;
    m_documents->commitOpenEditor();
    m_budgets->commitOpenEditor();
    if (!m_dirty && m_current.id != 0)
        return true; // nothing changed: no save, no event
    QStringList budgetErrors;
    int badRow = -1;
    const StepBudgets budgets = editedBudgets(&budgetErrors, &badRow);
    if (!budgetErrors.isEmpty()) {
        setErrors(budgetErrors);
        setStatus({});
        m_budgets->setCurrentCell(badRow, BudgetStep);
        return false;
    }
    Procedure procedure = editedProcedure(budgets);
    QString error;
    // The store validates (Procedures::validate), checks the permission and the code.
    if (!ProcedureStore(m_db).save(m_actor, procedure, &error)) {
        setErrors(error.split(QLatin1Char('\n')));
        setStatus({});
        return false;
    }
    m_current = procedure;
    m_dirty = false;
    refreshChoices();
    refreshList();
    selectProcedure(procedure.id);
    setStatus(tr("Saved %1.").arg(procedure.code));
    emit catalogueChanged();
    return true;
}

void ProceduresPage::toggleActive()
{
    if (isReadOnly() || !m_current.id || !confirmDiscard())
        return;
    const bool activate = !m_current.active;
    if (!activate
        && !confirm(
            tr("Deactivate procedure"),
            tr("Deactivate %1 (%2)?\n\nIt will no longer be offered at reception. Dossiers already "
               "received keep it, and it can be activated again.")
                .arg(m_current.code, m_current.name),
            tr("Deactivate")))
        return;
    QString error;
    if (!ProcedureStore(m_db).setActive(m_actor, m_current.id, activate, &error)) {
        setErrors(error.split(QLatin1Char('\n')));
        return;
    }
    const qint64 id = m_current.id;
    refreshList();
    selectProcedure(id);
    setStatus(activate ? tr("%1 is in use again.").arg(m_current.code)
                       : tr("%1 is no longer in use.").arg(m_current.code));
    emit catalogueChanged();
}

void ProceduresPage::appendRow(EditTable *table, int editColumn,
                               const std::function<void(int)> &fill)
{
    const int row = table->rowCount();
    m_loading = true;
    table->insertRow(row);
    fill(row);
    m_loading = false;
    markDirty();
    table->setCurrentCell(row, editColumn);
    table->setFocus(Qt::OtherFocusReason);
    table->editItem(table->item(row, editColumn));
    updateEditorState();
}

void ProceduresPage::removeCurrentRow(EditTable *table)
{
    const int row = table->currentRow();
    if (row < 0)
        return;
    table->removeRow(row);
    markDirty();
    updateEditorState();
}

void ProceduresPage::addBudget()
{
    // A role without a budget yet, else an office to name; one working day to start from.
    QSet<QString> used;
    for (int row = 0; row < m_budgets->rowCount(); ++row) {
        if (const QTableWidgetItem *step = m_budgets->item(row, BudgetStep))
            used.insert(step->data(StepKeyRole).toString());
    }
    QString key;
    for (const QString &role : {counterKey, officeKey}) {
        if (!used.contains(role)) {
            key = role;
            break;
        }
    }
    appendRow(m_budgets, BudgetStep, [&](int row) { setBudgetRow(row, key, 1); });
}

void ProceduresPage::moveDocument(int delta)
{
    const int row = m_documents->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_documents->rowCount())
        return;
    m_loading = true;
    for (int column = 0; column < DocumentColumnCount; ++column) {
        QTableWidgetItem *moving = m_documents->takeItem(row, column);
        m_documents->setItem(row, column, m_documents->takeItem(target, column));
        m_documents->setItem(target, column, moving);
    }
    m_loading = false;
    markDirty();
    m_documents->setCurrentCell(target, m_documents->currentColumn());
    updateEditorState();
}

void ProceduresPage::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import procedures"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

bool ProceduresPage::importCsvFile(const QString &path)
{
    if (isReadOnly() || !confirmDiscard())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            this, tr("Import procedures"),
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    // A spreadsheet saved as "CSV" in a legacy code page would import as mojibake.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        showImportErrors(
            {tr("The file is not UTF-8 text. Save it from the spreadsheet as \"CSV UTF-8\" and "
                "import it again.")});
        return false;
    }
    const ProcedureStore::ImportResult result = ProcedureStore(m_db).importCsv(m_actor, text);
    if (!result.isOk()) {
        showImportErrors(result.errors);
        return false;
    }
    refreshChoices();
    refreshList();
    if (!m_current.id || !selectProcedure(m_current.id))
        showProcedure(m_current);
    emit catalogueChanged();
    QMessageBox::information(this, tr("Import procedures"),
                             tr("Imported %1: %2 new procedure(s), %3 updated.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(result.created)
                                 .arg(result.updated));
    return true;
}

void ProceduresPage::showImportErrors(const QStringList &errors)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("importErrorsDialog"));
    dialog.setWindowTitle(tr("Import refused"));
    auto *summary
        = new QLabel(tr("Nothing was imported. Correct the file and import it again:"), &dialog);
    summary->setWordWrap(true);
    auto *text = new QPlainTextEdit(errors.join(QLatin1Char('\n')), &dialog);
    text->setObjectName(QStringLiteral("importErrorsText"));
    text->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(summary);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(680, 360);
    dialog.exec();
}

void ProceduresPage::exportCsv()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("danh-muc-thu-tuc.csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export procedures"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvFile(path);
}

bool ProceduresPage::exportCsvFile(const QString &path)
{
    QSaveFile file(path);
    // A BOM so that spreadsheets open the Vietnamese text as UTF-8 (import ignores it).
    const QByteArray bytes
        = QByteArrayLiteral("\xEF\xBB\xBF") + ProcedureStore(m_db).exportCsv().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        QMessageBox::warning(
            this, tr("Export procedures"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    setStatus(tr("Exported the catalogue to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace motcua
