#pragma once

#include "domain/actor.h"
#include "domain/worklist.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace motcua {

class Database;
class ReportTableModel;

// The supervisor's page: the board (overdue and due-soon counts by field, procedure, deciding
// office and clerk, each count drilling down to the list; charts of the on-time rate by month
// and of overdue dossiers by office), the period report and the register.
class ReportsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Database &database, QWidget *parent = nullptr);

    void setActor(const Actor &actor);
    // Reads the board again.
    void refreshBoard();

signals:
    // A count of the board was chosen: show these dossiers.
    void drillDown(const motcua::DossierFilter &filter);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void dataChanged();
    QWidget *buildBoard();
    QWidget *buildReport();
    QWidget *buildRegister();
    void retranslate();
    void runReport();
    QString checkCode() const; // the chain anchor printed in the footers
    void saveReport(const QString &format);
    void saveRegister(const QString &format);
    void printRegister();
    void updateCharts();

    Database &m_database;
    Actor m_actor;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_denied = nullptr;
    // Board
    QList<QTableWidget *> m_boards; // field, procedure, deciding office, clerk
    QList<QLabel *> m_boardTitles;
    QLabel *m_boardAsOf = nullptr;
    QChartView *m_rateChart = nullptr;
    QChartView *m_officeChart = nullptr;
    // Period report
    QDateEdit *m_reportFrom = nullptr;
    QDateEdit *m_reportTo = nullptr;
    QComboBox *m_reportField = nullptr;
    QPushButton *m_runReport = nullptr;
    QList<QPushButton *> m_reportButtons; // CSV, XLSX, PDF, print
    QTableView *m_reportTable = nullptr;
    ReportTableModel *m_reportModel = nullptr;
    QLabel *m_reportNote = nullptr;
    // Register
    QDateEdit *m_registerFrom = nullptr;
    QDateEdit *m_registerTo = nullptr;
    QComboBox *m_registerField = nullptr;
    QList<QPushButton *> m_registerButtons; // PDF, CSV, print
    QList<QLabel *> m_labels; // form labels, retranslated
    bool m_boardStale = true;
};

} // namespace motcua
